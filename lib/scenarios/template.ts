/** Variables a webhook step's URL, headers and body may use, filled in when the step runs. */
export const TEMPLATE_VARIABLES = [
  "drill.id",
  "drill.title",
  "drill.startedAt",
  "scenario.id",
  "scenario.title",
  "environment.name",
  "step.id",
  "step.name",
  "step.phase",
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Record<TemplateVariable, string>;

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/** Problems with a template: unknown variables, and for a JSON body, JSON that stays invalid once filled in. */
export function checkTemplate(template: string, isJsonBody: boolean): string[] {
  const problems: string[] = [];
  for (const [, name] of template.matchAll(PLACEHOLDER))
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name ?? ""))
      problems.push(`unknown template variable {{${name}}}; known: ${TEMPLATE_VARIABLES.map((variable) => `{{${variable}}}`).join(", ")}`);
  if (isJsonBody && template.trim() && problems.length === 0) {
    const sample = Object.fromEntries(TEMPLATE_VARIABLES.map((variable) => [variable, "sample"])) as TemplateValues;
    try {
      JSON.parse(renderTemplate(template, sample, true));
    } catch (error) {
      problems.push(`must be JSON once variables are filled in (${(error as Error).message})`);
    }
  }
  return problems;
}

/** Fills in `{{variables}}`; inside a JSON body values are escaped as JSON string content. */
export function renderTemplate(template: string, values: TemplateValues, jsonEscape = false): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name as TemplateVariable] ?? "";
    return jsonEscape ? JSON.stringify(value).slice(1, -1) : value;
  });
}
