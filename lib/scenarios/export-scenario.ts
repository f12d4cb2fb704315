import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { CONTENT_TYPES, serializeScenario, type DocumentFormat } from "./document";
import { getScenario } from "./get";
import { slugify } from "./slug";

export interface ExportScenarioInput {
  id: string;
  format?: DocumentFormat;
  /** Where the JSON Schema is served; editors use it to validate and complete the file. */
  schemaUrl?: string;
}

export interface ScenarioFile {
  scenarioId: string;
  title: string;
  filename: string;
  contentType: string;
  content: string;
}

/** The scenario's current revision as a document: the definition only, no database ids or timestamps. */
export async function exportScenario({ ctx, input }: { ctx: Ctx; input: ExportScenarioInput }): Promise<ScenarioFile> {
  authorize(ctx, "scenario.read");
  const format = input.format ?? "yaml";
  const scenario = await getScenario({ ctx, input: { id: input.id } });
  return {
    scenarioId: scenario.id,
    title: scenario.definition.title,
    filename: `${slugify(scenario.definition.title)}.${format}`,
    contentType: CONTENT_TYPES[format],
    content: serializeScenario(scenario.definition, format, { schemaUrl: input.schemaUrl }),
  };
}
