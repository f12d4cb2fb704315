import { z } from "zod";

export const ALERT_SOURCES = ["pagerduty", "grafana", "custom"] as const;
export const SEVERITIES = ["critical", "high", "warning", "info"] as const;

const itemId = z.string().trim().min(1, "is required").max(64, "must be at most 64 characters");
const text = (max: number) => z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);
const offsetMinutes = z
  .number({ error: "must be a number of minutes" })
  .min(0, "must be zero or later")
  .max(24 * 60, "must be within a day");

export const injectionStepSchema = z.object({
  id: itemId,
  name: text(120),
  instructions: text(4000),
});

export const scriptedAlertSchema = z.object({
  id: itemId,
  offsetMinutes,
  source: z.enum(ALERT_SOURCES, { error: "must be pagerduty, grafana or custom" }),
  severity: z.enum(SEVERITIES, { error: "must be critical, high, warning or info" }),
  title: text(200),
  body: z.string().trim().max(4000, "must be at most 4000 characters").default(""),
});

export const hintSchema = z.object({
  id: itemId,
  text: text(2000),
  offsetMinutes: offsetMinutes.optional(),
});

const uniqueIds = (items: { id: string }[], ctx: z.RefinementCtx, list: string) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [list, index, "id"], message: "duplicates another item's id" });
    seen.add(item.id);
  });
};

/** The whole scenario document: what is stored in each revision and frozen into a drill. */
export const scenarioDefinitionSchema = z
  .object({
    title: text(120),
    summary: text(2000),
    components: z.array(text(60)).min(1, "name at least one target component").max(30),
    tags: z.array(text(40)).max(20).default([]),
    timeBoxMinutes: z
      .number({ error: "must be a number of minutes" })
      .int("must be whole minutes")
      .min(5, "must be at least 5 minutes")
      .max(480, "must be at most 8 hours"),
    briefing: z.string().trim().max(4000).default(""),
    rootCause: text(4000),
    injections: z.array(injectionStepSchema).min(1, "add at least one injection step").max(30),
    alerts: z.array(scriptedAlertSchema).max(50).default([]),
    hints: z.array(hintSchema).max(30).default([]),
    modelAnswer: text(8000),
  })
  .superRefine((scenario, ctx) => {
    uniqueIds(scenario.injections, ctx, "injections");
    uniqueIds(scenario.alerts, ctx, "alerts");
    uniqueIds(scenario.hints, ctx, "hints");
    const limit = scenario.timeBoxMinutes;
    const beyond = (list: "alerts" | "hints", items: { offsetMinutes?: number }[]) =>
      items.forEach((item, index) => {
        if (item.offsetMinutes !== undefined && item.offsetMinutes > limit)
          ctx.addIssue({ code: "custom", path: [list, index, "offsetMinutes"], message: `must be within the time box (${limit} min)` });
      });
    beyond("alerts", scenario.alerts);
    beyond("hints", scenario.hints);
  });

export type ScenarioDefinition = z.infer<typeof scenarioDefinitionSchema>;
export type ScenarioDefinitionInput = z.input<typeof scenarioDefinitionSchema>;
export type InjectionStep = ScenarioDefinition["injections"][number];
export type ScriptedAlert = ScenarioDefinition["alerts"][number];
export type Hint = ScenarioDefinition["hints"][number];
