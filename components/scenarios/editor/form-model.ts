import { get, type FieldError, type FieldErrors } from "react-hook-form";
import type { FieldProblem } from "@/lib/errors";
import type { Hint, InjectionStep, ScenarioDefinition, ScenarioDefinitionInput, ScriptedAlert } from "@/lib/scenarios/schemas";

/** What the form holds: the schema's input side (defaults not yet applied); submit yields the parsed output. */
export type ScenarioFormValues = ScenarioDefinitionInput;

export function newItemId(prefix: "inj" | "alert" | "hint"): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

export const newInjection = (): InjectionStep => ({ id: newItemId("inj"), name: "", instructions: "" });
export const newAlert = (offsetMinutes: number): ScriptedAlert => ({ id: newItemId("alert"), offsetMinutes, source: "pagerduty", severity: "high", title: "", body: "" });
export const newHint = (): Hint => ({ id: newItemId("hint"), text: "", offsetMinutes: undefined });

export function emptyScenario(): ScenarioFormValues {
  return {
    title: "",
    summary: "",
    components: [],
    tags: [],
    timeBoxMinutes: 45,
    briefing: "",
    rootCause: "",
    // A fixed id: this runs during server rendering too, and a random one would not hydrate.
    injections: [{ id: "inj-1", name: "", instructions: "" }],
    alerts: [],
    hints: [],
    modelAnswer: "",
  };
}

/** A loaded definition as form values; a copy, so editing never touches the query cache. */
export function toFormValues(definition: ScenarioDefinition): ScenarioFormValues {
  return structuredClone(definition);
}

const itemFields: Record<string, string[]> = {
  injections: ["id", "name", "instructions"],
  alerts: ["id", "offsetMinutes", "source", "severity", "title", "body"],
  hints: ["id", "text", "offsetMinutes"],
};
const topFields = ["title", "summary", "components", "tags", "timeBoxMinutes", "briefing", "rootCause", "modelAnswer", "injections", "alerts", "hints"];

/**
 * Where a server problem shows: `definition.alerts[2].offsetMinutes` → `alerts.2.offsetMinutes`.
 * Returns null when no field on screen can show it, so it goes to the banner instead.
 */
export function problemFieldPath(path: string, values: ScenarioFormValues): string | null {
  const dotted = path.replace(/^definition\.?/, "").replace(/\[(\d+)\]/g, ".$1");
  const [head, index, field, ...rest] = dotted.split(".");
  if (!head || !topFields.includes(head)) return null;
  if (index === undefined) return head;
  // A bad component or tag is shown on the one text input that holds the list.
  if (head === "components" || head === "tags") return head;
  const list = values[head as "injections" | "alerts" | "hints"] ?? [];
  const allowed = itemFields[head];
  if (!allowed || rest.length > 0 || Number(index) >= list.length) return null;
  if (field === undefined) return `${head}.${index}`;
  return allowed.includes(field) ? `${head}.${index}.${field}` : null;
}

export function problemsToBanner(problems: FieldProblem[]): string {
  return problems
    .map((problem) => {
      const path = problem.path.replace(/^definition\.?/, "");
      return path && path !== "(root)" ? `${path} ${problem.message}` : problem.message;
    })
    .join("; ");
}

/** Schema messages are written to follow a field name ("is required"); under a labelled input they read as a sentence. */
export function errorSentence(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const text = message === "is required" ? "Required" : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type ErrorNode = FieldError | FieldErrors | (ErrorNode | undefined)[] | undefined;

/** One message for a list held in a single input (components, tags), or for a whole list (e.g. "add at least one step"). */
export function listError(node: unknown, itemNoun?: string): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  const withMessage = node as { message?: unknown; root?: { message?: unknown } };
  if (typeof withMessage.message === "string") return errorSentence(withMessage.message);
  if (typeof withMessage.root?.message === "string") return errorSentence(withMessage.root.message);
  if (itemNoun && Array.isArray(node)) {
    const index = node.findIndex((item) => typeof (item as { message?: unknown } | undefined)?.message === "string");
    if (index >= 0) return `${itemNoun} ${index + 1} ${(node[index] as FieldError).message}`;
  }
  return undefined;
}

/** How many distinct problems the form shows, for the summary by the Save button. */
export function countErrors(node: ErrorNode): number {
  if (!node || typeof node !== "object") return 0;
  if (typeof (node as FieldError).message === "string") return 1;
  return Object.entries(node).reduce((sum, [key, child]) => (key === "ref" || key === "type" || key === "types" ? sum : sum + countErrors(child as ErrorNode)), 0);
}

/** The sentence to show under the field at `path`, if it has a problem. */
export function fieldError(errors: FieldErrors<ScenarioFormValues>, path: string): string | undefined {
  const node = get(errors, path) as { message?: unknown } | undefined;
  return typeof node?.message === "string" ? errorSentence(node.message) : undefined;
}
