import { describe, expect, it } from "vitest";
import { zodProblems } from "../validation";
import { referenceScenarios } from "./seed-data";
import { scenarioDefinitionSchema, type ScenarioDefinitionInput } from "./schemas";

function valid(): ScenarioDefinitionInput {
  return {
    title: "Checkout slowdown",
    summary: "Orders time out.",
    components: ["checkout-api"],
    timeBoxMinutes: 30,
    rootCause: "Connection pool exhausted",
    injections: [{ id: "inj-1", name: "Add latency", instructions: "toxiproxy-cli toxic add" }],
    alerts: [
      { id: "a-1", offsetMinutes: 0, source: "grafana", severity: "warning", title: "p99 > 1s" },
      { id: "a-2", offsetMinutes: 30, source: "pagerduty", severity: "critical", title: "5xx > 5%" },
    ],
    hints: [{ id: "h-1", text: "Look at the pool." }],
    modelAnswer: "Raise the pool, then find the leak.",
  };
}

/** The problems as `path: message` lines, in the wire format the editor shows next to fields. */
function problemsOf(input: unknown): string[] {
  const result = scenarioDefinitionSchema.safeParse(input);
  if (result.success) return [];
  return zodProblems(result.error).map((problem) => `${problem.path}: ${problem.message}`);
}

describe("scenarioDefinitionSchema", () => {
  it("accepts a valid definition and fills defaults", () => {
    const parsed = scenarioDefinitionSchema.parse(valid());
    expect(parsed.tags).toEqual([]);
    expect(parsed.briefing).toBe("");
    expect(parsed.alerts[0]?.body).toBe("");
    expect(parsed.hints[0]?.offsetMinutes).toBeUndefined();
  });

  it("trims text and treats whitespace-only text as missing", () => {
    expect(scenarioDefinitionSchema.parse({ ...valid(), title: "  Padded  " }).title).toBe("Padded");
    expect(problemsOf({ ...valid(), title: "   " })).toEqual(["title: is required"]);
  });

  it("requires at least one injection step", () => {
    expect(problemsOf({ ...valid(), injections: [] })).toEqual(["injections: add at least one injection step"]);
  });

  it("requires at least one component", () => {
    expect(problemsOf({ ...valid(), components: [] })).toEqual(["components: name at least one target component"]);
  });

  it("names the exact alert whose offset lies beyond the time box", () => {
    const input = valid();
    input.alerts = [input.alerts![0]!, { ...input.alerts![1]!, offsetMinutes: 31 }];
    expect(problemsOf(input)).toEqual(["alerts[1].offsetMinutes: must be within the time box (30 min)"]);
  });

  it("allows an offset exactly at the end of the time box", () => {
    expect(problemsOf(valid())).toEqual([]);
  });

  it("checks hint offsets against the time box too, ignoring hints without one", () => {
    const input = { ...valid(), hints: [{ id: "h-1", text: "no offset" }, { id: "h-2", text: "late", offsetMinutes: 45 }] };
    expect(problemsOf(input)).toEqual(["hints[1].offsetMinutes: must be within the time box (30 min)"]);
  });

  it("rejects negative and non-numeric offsets", () => {
    const input = valid();
    input.alerts = [{ ...input.alerts![0]!, offsetMinutes: -1 }, { ...input.alerts![1]!, offsetMinutes: "5" as unknown as number }];
    expect(problemsOf(input)).toEqual(["alerts[0].offsetMinutes: must be zero or later", "alerts[1].offsetMinutes: must be a number of minutes"]);
  });

  it("flags every duplicate item id at the later item", () => {
    const input = valid();
    input.injections = [...input.injections, { id: "inj-1", name: "Again", instructions: "twice" }];
    input.alerts = [input.alerts![0]!, { ...input.alerts![1]!, id: "a-1" }];
    input.hints = [{ id: "h-1", text: "one" }, { id: "h-2", text: "two" }, { id: "h-1", text: "three" }];
    expect(problemsOf(input)).toEqual([
      "injections[1].id: duplicates another item's id",
      "alerts[1].id: duplicates another item's id",
      "hints[2].id: duplicates another item's id",
    ]);
  });

  it("allows the same id in different lists", () => {
    const input = { ...valid(), hints: [{ id: "a-1", text: "same id as an alert" }] };
    expect(problemsOf(input)).toEqual([]);
  });

  it("rejects unknown alert sources and severities with the allowed values", () => {
    const input = valid();
    input.alerts = [{ ...input.alerts![0]!, source: "opsgenie" as "custom", severity: "sev1" as "info" }];
    expect(problemsOf(input)).toEqual([
      "alerts[0].source: must be pagerduty, grafana or custom",
      "alerts[0].severity: must be critical, high, warning or info",
    ]);
  });

  it.each([
    [4, "timeBoxMinutes: must be at least 5 minutes"],
    [481, "timeBoxMinutes: must be at most 8 hours"],
    [12.5, "timeBoxMinutes: must be whole minutes"],
  ])("rejects a time box of %s minutes", (timeBoxMinutes, expected) => {
    expect(problemsOf({ ...valid(), timeBoxMinutes, alerts: [] })).toEqual([expected]);
  });

  it("reports every missing required field", () => {
    const paths = problemsOf({}).map((line) => line.split(":")[0]);
    expect(paths).toEqual(["title", "summary", "components", "timeBoxMinutes", "rootCause", "injections", "modelAnswer"]);
  });

  it("accepts every reference scenario", () => {
    for (const scenario of referenceScenarios) expect(problemsOf(scenario), scenario.title).toEqual([]);
  });
});
