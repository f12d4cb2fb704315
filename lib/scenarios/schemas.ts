import { z } from "zod";
import { MILESTONES } from "../drill-model/milestone-names";
import { decimal, int32 } from "../input/numbers";
import { text as boundedText } from "../input/text";
import { httpUrl } from "../input/url";
import { checkTemplate } from "./template";

export const ALERT_SOURCES = ["pagerduty", "grafana", "custom"] as const;
export const SEVERITIES = ["critical", "high", "warning", "info"] as const;
export const DIFFICULTIES = ["introductory", "intermediate", "advanced"] as const;
export const HTTP_METHODS = ["POST", "PUT", "PATCH", "DELETE", "GET"] as const;
export const SIGNAL_DIRECTIONS = ["up", "down", "appears", "disappears"] as const;
export const HINT_RELEASE_RULES = ["manual", "at_offset", "at_offset_unless_milestone"] as const;
export const SCHEMA_VERSION = 2;
/** What participants are shown when a scenario names nothing else: the scenario's own title often names the cause. */
export const DEFAULT_PUBLIC_TITLE = "Incident drill";
export const PUBLIC_TITLE_MAX = 80;

/** "is required" when a field is missing, instead of zod's "expected string, received undefined". */
const required = (what: string) => ({
  error: (issue: { code?: string; input?: unknown }) => (issue.code !== "invalid_type" ? undefined : issue.input === undefined ? "is required" : `must be ${what}`),
});
const itemId = boundedText({ min: 1, max: 64, ...required("text") }).regex(/^[A-Za-z0-9._-]+$/, "may contain only letters, digits, '.', '_' and '-'");
const text = (max: number) => boundedText({ min: 1, max, ...required("text") });
const optionalText = (max: number) => boundedText({ max }).default("");
const minutes = decimal({ min: 0, max: 24 * 60, error: "must be a number of minutes", tooSmall: "must be zero or later", tooBig: "must be within a day" });
const milestone = z.enum(MILESTONES, { error: `must be one of ${MILESTONES.join(", ")}` });
const webhookUrl = httpUrl({
  placeholders: true,
  required: "is required for a webhook step",
  error: (issue) => (issue.input === undefined ? "is required for a webhook step" : "must be an http:// or https:// URL"),
});

export const manualActionSchema = z.object({
  kind: z.literal("manual"),
  instructions: text(4000),
});

export const webhookActionSchema = z.object({
  kind: z.literal("webhook"),
  method: z.enum(HTTP_METHODS, { error: `must be one of ${HTTP_METHODS.join(", ")}` }).default("POST"),
  url: webhookUrl,
  headers: z.record(boundedText({ min: 1, max: 100 }), boundedText({ max: 2000, trim: false })).default({}),
  /** JSON after `{{variables}}` are filled in; empty sends no body. */
  body: boundedText({ max: 20_000, trim: false }).default(""),
  timeoutSeconds: int32({ min: 1, max: 120, error: "must be a number of seconds", notWhole: "must be whole seconds", tooSmall: "must be at least 1 second", tooBig: "must be at most 120 seconds" }).default(10),
});

/** What a step does, by hand or over HTTP. Injections and their rollbacks share this shape. */
export const stepActionSchema = z.discriminatedUnion("kind", [manualActionSchema, webhookActionSchema], { error: "kind must be manual or webhook" });

export const injectionStepSchema = z.object({
  id: itemId,
  name: text(120),
  action: stepActionSchema,
  rollback: stepActionSchema,
});

export const expectedSignalSchema = z.object({
  id: itemId,
  signal: text(300),
  direction: z.enum(SIGNAL_DIRECTIONS, { error: `must be one of ${SIGNAL_DIRECTIONS.join(", ")}` }),
  /** A link people open from the control room: http(s) only, never `javascript:` or `data:`. */
  dashboardUrl: z.union([z.literal(""), httpUrl()], { error: "must be an http:// or https:// URL" }).default(""),
});

export const scriptedAlertSchema = z.object({
  id: itemId,
  /** Minutes after `relativeTo`: "start" (the drill's start) or an injection step's id. */
  offsetMinutes: minutes,
  relativeTo: boundedText({ min: 1, max: 64 }).default("start"),
  source: z.enum(ALERT_SOURCES, { error: "must be pagerduty, grafana or custom" }),
  severity: z.enum(SEVERITIES, { error: "must be critical, high, warning or info" }),
  title: text(200),
  body: optionalText(4000),
  /** Fire only while this milestone has not been reached. */
  unlessMilestone: milestone.optional(),
});

export const hintSchema = z.object({
  id: itemId,
  text: text(2000),
  offsetMinutes: minutes.optional(),
  release: z.enum(HINT_RELEASE_RULES, { error: `must be one of ${HINT_RELEASE_RULES.join(", ")}` }).default("manual"),
  unlessMilestone: milestone.optional(),
});

export const successCriterionSchema = z.object({
  milestone,
  withinMinutes: int32({ min: 1, error: "must be a number of minutes", notWhole: "must be whole minutes", tooSmall: "must be at least 1 minute" }),
});

/** What the drill exercises (detect, escalate, mitigate, communicate): rated P/S/M/U from its milestones and their success criteria. */
export const objectiveSchema = z.object({
  id: itemId,
  name: text(120),
  description: optionalText(1000),
  /** The milestones that show it was performed; the success criteria on them are its criteria. */
  milestones: z.array(milestone, required("a list of milestones")).min(1, "name at least one milestone").max(MILESTONES.length),
});

export const SURVEY_QUESTION_KINDS = ["scale", "text"] as const;
export const SURVEY_QUESTIONS_MAX = 5;

/** A question the facilitators add to the hot-wash survey: a 1–5 scale (with "why") or a free text. */
export const surveyQuestionSchema = z.object({
  id: itemId,
  prompt: text(300),
  kind: z.enum(SURVEY_QUESTION_KINDS, { error: "must be scale or text" }).default("scale"),
});
export type SurveyQuestionInput = z.infer<typeof surveyQuestionSchema>;

export const surveyQuestionListSchema = z
  .array(surveyQuestionSchema, required("a list of questions"))
  .max(SURVEY_QUESTIONS_MAX, `ask at most ${SURVEY_QUESTIONS_MAX} questions of your own`)
  .superRefine((items, ctx) => uniqueIds(items, ctx, ""));

export const environmentSchema = z.object({
  name: text(60),
  /** Injections against a protected environment need the facilitator to type its name. */
  protected: z.boolean().default(false),
});

type Loose = Record<string, unknown>;

/** The objects of a list that may have failed parsing, with their original index (so paths stay exact). */
function entries(list: unknown): [Loose, number][] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index): [Loose, number][] => (typeof item === "object" && item !== null ? [[item as Loose, index]] : []));
}

function uniqueIds(items: unknown, ctx: z.RefinementCtx, list: string) {
  const seen = new Set<string>();
  for (const [item, index] of entries(items)) {
    if (typeof item.id !== "string") continue;
    if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: list ? [list, index, "id"] : [index, "id"], message: `duplicates another item's id "${item.id}"` });
    seen.add(item.id);
  }
}

const timeBoxMinutes = int32({ min: 5, max: 480, error: "must be a number of minutes", notWhole: "must be whole minutes", tooSmall: "must be at least 5 minutes", tooBig: "must be at most 8 hours" });

export const SAME_TITLE_PROBLEM = "must differ from the scenario's title: participants see it, so name the symptoms, not the cause";

export function sameTitle(a: string, b: string): boolean {
  const plain = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();
  return plain(a) === plain(b);
}

/**
 * Checks across fields. They run even when other fields are invalid (zod skips refinements after a type
 * error by default), so an imported document gets every problem at once; hence the defensive reads.
 */
function crossCheck(input: unknown, ctx: z.RefinementCtx) {
  if (typeof input !== "object" || input === null) return;
  const scenario = input as Loose;
  if (typeof scenario.publicTitle === "string" && typeof scenario.title === "string" && sameTitle(scenario.publicTitle, scenario.title))
    ctx.addIssue({ code: "custom", path: ["publicTitle"], message: SAME_TITLE_PROBLEM });
  uniqueIds(scenario.injections, ctx, "injections");
  uniqueIds(scenario.expectedSignals, ctx, "expectedSignals");
  uniqueIds(scenario.alerts, ctx, "alerts");
  uniqueIds(scenario.hints, ctx, "hints");
  uniqueIds(scenario.objectives, ctx, "objectives");
  uniqueIds(scenario.survey, ctx, "survey");
  const beyond = (value: unknown, path: PropertyKey[]) => {
    // Against an invalid time box every offset would look wrong: its own problem is enough.
    if (!timeBoxMinutes.safeParse(scenario.timeBoxMinutes).success || typeof value !== "number") return;
    const limit = scenario.timeBoxMinutes as number;
    if (value > limit) ctx.addIssue({ code: "custom", path, message: `must be within the time box (${limit} min)` });
  };
  const injectionIds = new Set(entries(scenario.injections).map(([step]) => step.id));
  for (const [alert, index] of entries(scenario.alerts)) {
    beyond(alert.offsetMinutes, ["alerts", index, "offsetMinutes"]);
    if (typeof alert.relativeTo === "string" && alert.relativeTo !== "start" && !injectionIds.has(alert.relativeTo))
      ctx.addIssue({ code: "custom", path: ["alerts", index, "relativeTo"], message: `must be "start" or the id of an injection step` });
  }
  for (const [hint, index] of entries(scenario.hints)) {
    beyond(hint.offsetMinutes, ["hints", index, "offsetMinutes"]);
    if ((hint.release === "at_offset" || hint.release === "at_offset_unless_milestone") && hint.offsetMinutes === undefined)
      ctx.addIssue({ code: "custom", path: ["hints", index, "offsetMinutes"], message: "is required when the hint is released at an offset" });
    if (hint.release === "at_offset_unless_milestone" && !hint.unlessMilestone)
      ctx.addIssue({ code: "custom", path: ["hints", index, "unlessMilestone"], message: "is required for this release rule" });
  }
  for (const [criterion, index] of entries(scenario.successCriteria)) beyond(criterion.withinMinutes, ["successCriteria", index, "withinMinutes"]);
  for (const [step, index] of entries(scenario.injections)) {
    for (const part of ["action", "rollback"] as const) {
      const action = step[part] as Loose | undefined;
      if (action?.kind !== "webhook") continue;
      const headers = typeof action.headers === "object" && action.headers !== null ? Object.entries(action.headers as Loose) : [];
      const templated: [PropertyKey[], unknown][] = [[["url"], action.url], [["body"], action.body], ...headers.map(([name, value]): [PropertyKey[], unknown] => [["headers", name], value])];
      for (const [field, value] of templated) {
        if (typeof value !== "string") continue;
        for (const message of checkTemplate(value, field[0] === "body")) ctx.addIssue({ code: "custom", path: ["injections", index, part, ...field], message });
      }
    }
  }
}

/** The whole scenario document: what each revision stores, what a drill freezes, what scenario-as-code files hold. */
export const scenarioDefinitionSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
    title: text(120),
    /** The drill's public face: what participants see (channel name, topic, briefing) instead of `title`. */
    publicTitle: text(PUBLIC_TITLE_MAX)
      .default(DEFAULT_PUBLIC_TITLE)
      .meta({ description: "What participants see (channel name, topic, briefing): the symptoms, never the cause. Must differ from the title." }),
    summary: text(2000),
    tags: z.array(text(40)).max(20).default([]),
    difficulty: z.enum(DIFFICULTIES, { error: `must be one of ${DIFFICULTIES.join(", ")}` }).default("intermediate"),
    components: z.array(text(60), required("a list of component names")).min(1, "name at least one target component").max(30),
    environment: environmentSchema.default({ name: "stage", protected: false }),
    timeBoxMinutes,
    designers: z.array(text(120)).max(20).default([]),
    briefing: optionalText(4000),
    rootCause: text(4000),
    expectedImpact: optionalText(4000),
    injections: z.array(injectionStepSchema, required("a list of injection steps")).min(1, "add at least one injection step").max(30),
    expectedSignals: z.array(expectedSignalSchema).max(30).default([]),
    alerts: z.array(scriptedAlertSchema).max(50).default([]),
    hints: z.array(hintSchema).max(30).default([]),
    modelAnswer: z.array(text(2000), required("a list of mitigation steps")).min(1, "add at least one mitigation step").max(30),
    successCriteria: z.array(successCriterionSchema).max(10).default([]),
    /** Without objectives the scorecard rates each success criterion as its own objective. */
    objectives: z.array(objectiveSchema).max(10).default([]),
    /** Questions of this scenario's own, asked after the standard ones in the hot-wash survey. */
    survey: z.array(surveyQuestionSchema).max(SURVEY_QUESTIONS_MAX, `ask at most ${SURVEY_QUESTIONS_MAX} questions of your own`).default([]),
  })
  .superRefine(crossCheck, { when: () => true });

export type ScenarioDefinition = z.infer<typeof scenarioDefinitionSchema>;
export type ScenarioDefinitionInput = z.input<typeof scenarioDefinitionSchema>;
export type StepAction = z.infer<typeof stepActionSchema>;
export type WebhookAction = z.infer<typeof webhookActionSchema>;
export type InjectionStep = ScenarioDefinition["injections"][number];
export type ExpectedSignal = ScenarioDefinition["expectedSignals"][number];
export type ScriptedAlert = ScenarioDefinition["alerts"][number];
export type Hint = ScenarioDefinition["hints"][number];
export type SuccessCriterion = ScenarioDefinition["successCriteria"][number];
export type Objective = ScenarioDefinition["objectives"][number];
export type SurveyQuestionDefinition = ScenarioDefinition["survey"][number];
