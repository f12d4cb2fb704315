import { MILESTONES } from "@/lib/drill-model/milestone-names";
import { DEFAULT_PUBLIC_TITLE, type ScenarioDefinition, type ScenarioDefinitionInput, type StepAction } from "@/lib/scenarios/schemas";

/** What the form holds: the schema's input side (defaults not yet applied); submit yields the parsed output. */
export type ScenarioFormValues = ScenarioDefinitionInput;
export type FormInjection = NonNullable<ScenarioFormValues["injections"]>[number];
export type FormAlert = NonNullable<ScenarioFormValues["alerts"]>[number];
export type FormHint = NonNullable<ScenarioFormValues["hints"]>[number];
export type FormSignal = NonNullable<ScenarioFormValues["expectedSignals"]>[number];
export type FormCriterion = NonNullable<ScenarioFormValues["successCriteria"]>[number];
export type FormObjective = NonNullable<ScenarioFormValues["objectives"]>[number];
export type FormSurveyQuestion = NonNullable<ScenarioFormValues["survey"]>[number];
export type FormAction = FormInjection["action"];
export type StepPart = "action" | "rollback";

export function newItemId(prefix: "inj" | "alert" | "hint" | "sig" | "obj" | "q"): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

export const manualAction = (instructions = ""): FormAction => ({ kind: "manual", instructions });
export const webhookAction = (): FormAction => ({ kind: "webhook", method: "POST", url: "", headers: {}, body: "", timeoutSeconds: 10 });
export const blankAction = (kind: StepAction["kind"]): FormAction => (kind === "manual" ? manualAction() : webhookAction());

export const newInjection = (id = newItemId("inj")): FormInjection => ({ id, name: "", action: manualAction(), rollback: manualAction() });
export const newSignal = (): FormSignal => ({ id: newItemId("sig"), signal: "", direction: "up", dashboardUrl: "" });
export const newAlert = (offsetMinutes: number): FormAlert => ({
  id: newItemId("alert"),
  offsetMinutes,
  relativeTo: "start",
  source: "pagerduty",
  severity: "high",
  title: "",
  body: "",
  unlessMilestone: undefined,
});
export const newObjective = (): FormObjective => ({ id: newItemId("obj"), name: "", description: "", milestones: [] });
export const newSurveyQuestion = (): FormSurveyQuestion => ({ id: newItemId("q"), prompt: "", kind: "scale" });
export const newHint = (): FormHint => ({ id: newItemId("hint"), text: "", release: "manual", offsetMinutes: undefined, unlessMilestone: undefined });

/** The next milestone nobody has a criterion for yet, with a deadline inside the time box. */
export function newCriterion(existing: FormCriterion[], timeBoxMinutes: number): FormCriterion {
  const used = new Set(existing.map((criterion) => criterion.milestone));
  const milestone = MILESTONES.find((name) => !used.has(name)) ?? "mitigated";
  const box = Number.isFinite(timeBoxMinutes) && timeBoxMinutes > 0 ? timeBoxMinutes : 45;
  return { milestone, withinMinutes: Math.min(box, 30) };
}

export function emptyScenario(): ScenarioFormValues {
  return {
    schemaVersion: 2,
    title: "",
    // Neutral until the author names the symptoms: the scenario's title often names the cause.
    publicTitle: DEFAULT_PUBLIC_TITLE,
    summary: "",
    tags: [],
    difficulty: "intermediate",
    components: [],
    environment: { name: "stage", protected: false },
    timeBoxMinutes: 45,
    designers: [],
    briefing: "",
    rootCause: "",
    expectedImpact: "",
    // A fixed id: this runs during server rendering too, and a random one would not hydrate.
    injections: [newInjection("inj-1")],
    expectedSignals: [],
    alerts: [],
    hints: [],
    modelAnswer: [""],
    successCriteria: [],
    objectives: [],
    survey: [],
  };
}

/**
 * A loaded definition as form values; a copy, so editing never touches the query cache. Optional keys are spelled out:
 * a registered control writes `undefined` under its key, and a key the defaults lack would count as an edit.
 */
export function toFormValues(definition: ScenarioDefinition): ScenarioFormValues {
  const values = structuredClone(definition);
  return {
    ...values,
    alerts: values.alerts.map((alert) => ({ ...alert, unlessMilestone: alert.unlessMilestone })),
    hints: values.hints.map((hint) => ({ ...hint, offsetMinutes: hint.offsetMinutes, unlessMilestone: hint.unlessMilestone })),
    // A definition stored before objectives existed has none; the form still needs the list to edit them.
    objectives: values.objectives ?? [],
    survey: values.survey ?? [],
  };
}
