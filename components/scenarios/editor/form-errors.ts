import { get, type FieldError, type FieldErrors } from "react-hook-form";
import type { FieldProblem } from "@/lib/errors";
import { SCENARIO_FIELDS } from "@/lib/scenarios/fields";
import type { ScenarioFormValues, StepPart } from "./form-model";

const SCALARS = new Set(SCENARIO_FIELDS.scalars);
/** Lists typed into one input: a problem with any item shows on that input. The model answer has an input per step. */
const TYPED_LISTS = new Set(SCENARIO_FIELDS.valueLists.filter((list) => list !== "modelAnswer"));
const ITEM_FIELDS = SCENARIO_FIELDS.itemLists;
const ACTION_FIELDS = SCENARIO_FIELDS.actionFields;

/**
 * Where a server problem shows: `definition.injections[0].action.url` → `injections.0.action.url`.
 * Returns null when no field on screen can show it (an index past the list, a webhook field of a manual step),
 * so it goes to the banner instead.
 */
export function problemFieldPath(path: string, values: ScenarioFormValues): string | null {
  const dotted = path.replace(/^definition\.?/, "").replace(/\[(\d+)\]/g, ".$1");
  const [head = "", index, field, ...rest] = dotted.split(".");
  if (SCALARS.has(head)) return index === undefined ? head : null;
  if (TYPED_LISTS.has(head)) return head;
  if (head === "environment") return index === "protected" ? "environment.protected" : "environment.name";
  const list = values[head as keyof ScenarioFormValues];
  if (!Array.isArray(list)) return null;
  if (index === undefined) return head;
  const i = Number(index);
  if (!Number.isInteger(i) || i >= list.length) return null;
  if (head === "modelAnswer") return field === undefined ? `modelAnswer.${i}` : null;
  if (field === undefined) return null;
  if (head === "injections" && (field === "action" || field === "rollback")) return stepFieldPath(values, i, field, rest);
  // An objective's milestones are one group of checkboxes: a problem with any of them shows on the group.
  if (head === "objectives" && field === "milestones") return `objectives.${i}.milestones`;
  return ITEM_FIELDS[head]?.includes(field) && rest.length === 0 ? `${head}.${i}.${field}` : null;
}

function stepFieldPath(values: ScenarioFormValues, index: number, part: StepPart, [field, ...rest]: string[]): string | null {
  const action = values.injections?.[index]?.[part];
  const base = `injections.${index}.${part}`;
  if (!action || field === undefined || field === "kind") return `${base}.kind`;
  if (field === "headers" && action.kind === "webhook") {
    const name = rest.join(".");
    return name && action.headers && name in action.headers ? `${base}.headers.${name}` : `${base}.headers`;
  }
  return ACTION_FIELDS[action.kind].includes(field) && rest.length === 0 ? `${base}.${field}` : null;
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
  // Next to a webhook's fields the variables are listed as buttons; repeating them all in the error only buries it.
  const text = message === "is required" ? "Required" : message.replace(/; known: \{\{.*$/, "; use one of the variables listed below");
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

/** Every control carries its form path as `name` (registered or not), so any problem can be focused the same way. */
export function focusField(path: string): void {
  const control = document.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`);
  control?.focus();
  control?.scrollIntoView({ block: "center" });
}
