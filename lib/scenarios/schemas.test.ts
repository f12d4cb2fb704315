import { describe, expect, it } from "vitest";
import { zodProblems } from "../validation";
import { referenceScenarios } from "./seed-data/index";
import { DEFAULT_PUBLIC_TITLE, scenarioDefinitionSchema, type ScenarioDefinitionInput, type StepAction } from "./schemas";

const manual = (instructions: string) => ({ kind: "manual" as const, instructions });

function valid(): ScenarioDefinitionInput {
  return {
    title: "Checkout slowdown",
    summary: "Orders time out.",
    components: ["checkout-api"],
    timeBoxMinutes: 30,
    rootCause: "Connection pool exhausted",
    injections: [{ id: "inj-1", name: "Add latency", action: manual("toxiproxy-cli toxic add"), rollback: manual("toxiproxy-cli toxic remove") }],
    alerts: [
      { id: "a-1", offsetMinutes: 0, source: "grafana", severity: "warning", title: "p99 > 1s" },
      { id: "a-2", offsetMinutes: 30, source: "pagerduty", severity: "critical", title: "5xx > 5%" },
    ],
    hints: [{ id: "h-1", text: "Look at the pool." }],
    modelAnswer: ["Raise the pool.", "Then find the leak."],
  };
}

/** A valid definition whose only injection does `action` over HTTP. */
function withWebhook(action: Record<string, unknown>): ScenarioDefinitionInput {
  const input = valid();
  input.injections = [{ ...input.injections[0]!, action: { kind: "webhook", url: "http://toxiproxy.test:8474/proxies/db/toxics", ...action } as StepAction }];
  return input;
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
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.tags).toEqual([]);
    expect(parsed.briefing).toBe("");
    expect(parsed.difficulty).toBe("intermediate");
    expect(parsed.environment).toEqual({ name: "stage", protected: false });
    expect(parsed.alerts[0]?.body).toBe("");
    expect(parsed.alerts[0]?.relativeTo).toBe("start");
    expect(parsed.hints[0]?.offsetMinutes).toBeUndefined();
    expect(parsed.hints[0]?.release).toBe("manual");
  });

  it("trims text and treats whitespace-only text as missing", () => {
    expect(scenarioDefinitionSchema.parse({ ...valid(), title: "  Padded  " }).title).toBe("Padded");
    expect(problemsOf({ ...valid(), title: "   " })).toEqual(["title: is required"]);
  });

  it("gives participants a neutral public title by default, never the scenario's own title", () => {
    const parsed = scenarioDefinitionSchema.parse(valid());
    expect(parsed.publicTitle).toBe(DEFAULT_PUBLIC_TITLE);
    expect(parsed.publicTitle).not.toContain(parsed.title);
    expect(scenarioDefinitionSchema.parse({ ...valid(), publicTitle: "  Slow checkout  " }).publicTitle).toBe("Slow checkout");
  });

  it("limits the public title and refuses one that repeats the scenario's title", () => {
    expect(problemsOf({ ...valid(), publicTitle: "  " })).toEqual(["publicTitle: is required"]);
    expect(problemsOf({ ...valid(), publicTitle: "x".repeat(81) })).toEqual(["publicTitle: must be at most 80 characters"]);
    expect(problemsOf({ ...valid(), publicTitle: " checkout SLOWDOWN " })).toEqual([
      "publicTitle: must differ from the scenario's title: participants see it, so name the symptoms, not the cause",
    ]);
  });

  it("requires at least one injection step", () => {
    expect(problemsOf({ ...valid(), injections: [] })).toEqual(["injections: add at least one injection step"]);
  });

  it("requires at least one model answer step, and no blank ones", () => {
    expect(problemsOf({ ...valid(), modelAnswer: [] })).toEqual(["modelAnswer: add at least one mitigation step"]);
    expect(problemsOf({ ...valid(), modelAnswer: ["Roll back.", "  "] })).toEqual(["modelAnswer[1]: is required"]);
  });

  it("accepts empty optional lists", () => {
    expect(problemsOf({ ...valid(), alerts: [], hints: [], expectedSignals: [], successCriteria: [], tags: [], designers: [] })).toEqual([]);
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

  it("checks hint offsets and success criteria against the time box too, ignoring hints without one", () => {
    const input = { ...valid(), hints: [{ id: "h-1", text: "no offset" }, { id: "h-2", text: "late", offsetMinutes: 45 }] };
    expect(problemsOf(input)).toEqual(["hints[1].offsetMinutes: must be within the time box (30 min)"]);
    const criteria = { ...valid(), successCriteria: [{ milestone: "escalated" as const, withinMinutes: 10 }, { milestone: "mitigated" as const, withinMinutes: 31 }] };
    expect(problemsOf(criteria)).toEqual(["successCriteria[1].withinMinutes: must be within the time box (30 min)"]);
  });

  it("checks an offset relative to an injection against the time box as well", () => {
    const input = valid();
    input.alerts = [{ ...input.alerts![0]!, relativeTo: "inj-1", offsetMinutes: 40 }];
    expect(problemsOf(input)).toEqual(["alerts[0].offsetMinutes: must be within the time box (30 min)"]);
  });

  it("rejects negative and non-numeric offsets", () => {
    const input = valid();
    input.alerts = [{ ...input.alerts![0]!, offsetMinutes: -1 }, { ...input.alerts![1]!, offsetMinutes: "5" as unknown as number }];
    expect(problemsOf(input)).toEqual(["alerts[0].offsetMinutes: must be zero or later", "alerts[1].offsetMinutes: must be a number of minutes"]);
  });

  it("flags every duplicate item id at the later item", () => {
    const input = valid();
    input.injections = [...input.injections, { ...input.injections[0]!, name: "Again" }];
    input.alerts = [input.alerts![0]!, { ...input.alerts![1]!, id: "a-1" }];
    input.hints = [{ id: "h-1", text: "one" }, { id: "h-2", text: "two" }, { id: "h-1", text: "three" }];
    input.expectedSignals = [{ id: "s-1", signal: "p99", direction: "up" }, { id: "s-1", signal: "5xx", direction: "up" }];
    expect(problemsOf(input)).toEqual([
      'injections[1].id: duplicates another item\'s id "inj-1"',
      'expectedSignals[1].id: duplicates another item\'s id "s-1"',
      'alerts[1].id: duplicates another item\'s id "a-1"',
      'hints[2].id: duplicates another item\'s id "h-1"',
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

  it("lets an alert count from an injection step, but not from an unknown one", () => {
    const input = valid();
    input.alerts = [{ ...input.alerts![0]!, relativeTo: "inj-1" }, { ...input.alerts![1]!, offsetMinutes: 5, relativeTo: "inj-9" }];
    expect(problemsOf(input)).toEqual(['alerts[1].relativeTo: must be "start" or the id of an injection step']);
  });

  it("needs an offset for hints released at an offset, and a milestone for the 'unless' rule", () => {
    const input = {
      ...valid(),
      hints: [
        { id: "h-1", text: "manual, no offset", release: "manual" as const },
        { id: "h-2", text: "timed, no offset", release: "at_offset" as const },
        { id: "h-3", text: "timed unless", release: "at_offset_unless_milestone" as const, offsetMinutes: 10 },
      ],
    };
    expect(problemsOf(input)).toEqual(["hints[1].offsetMinutes: is required when the hint is released at an offset", "hints[2].unlessMilestone: is required for this release rule"]);
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
    expect(problemsOf({ ...valid(), title: undefined, injections: undefined })).toEqual(["title: is required", "injections: is required"]);
  });

  it("reports cross-field problems alongside type errors, so an import lists everything at once", () => {
    const input = valid();
    input.alerts = [{ ...input.alerts![0]!, severity: "sev1" as "info" }, { ...input.alerts![1]!, offsetMinutes: 31 }];
    input.hints = [{ id: "h-1", text: "one" }, { id: "h-1", text: 42 as unknown as string }];
    expect(problemsOf(input)).toEqual([
      "alerts[0].severity: must be critical, high, warning or info",
      "hints[1].text: must be text",
      'hints[1].id: duplicates another item\'s id "h-1"',
      "alerts[1].offsetMinutes: must be within the time box (30 min)",
    ]);
  });

  it("gives every reference scenario a public title of its own", () => {
    for (const scenario of referenceScenarios) {
      expect(scenario.publicTitle, scenario.title).toBeTruthy();
      expect(scenario.publicTitle, scenario.title).not.toBe(DEFAULT_PUBLIC_TITLE);
    }
  });

  it("accepts every reference scenario", () => {
    for (const scenario of referenceScenarios) expect(problemsOf(scenario), scenario.title).toEqual([]);
  });
});

describe("injection and rollback steps", () => {
  it("accepts a webhook with templated url, headers and JSON body, and fills its defaults", () => {
    const input = withWebhook({ url: "http://toxiproxy.test:8474/proxies/{{ scenario.id }}/toxics", headers: { "X-Drill": "{{drill.id}}" }, body: '{"name": "{{step.name}}", "toxicity": 1}' });
    const parsed = scenarioDefinitionSchema.parse(input);
    expect(parsed.injections[0]?.action).toMatchObject({ kind: "webhook", method: "POST", timeoutSeconds: 10 });
  });

  it("requires a URL for a webhook step, and an http(s) one", () => {
    expect(problemsOf(withWebhook({ url: undefined }))).toEqual(["injections[0].action.url: is required for a webhook step"]);
    expect(problemsOf(withWebhook({ url: "  " }))).toEqual(["injections[0].action.url: is required for a webhook step"]);
    expect(problemsOf(withWebhook({ url: "ftp://toxiproxy.test/x" }))).toEqual(["injections[0].action.url: must be an http:// or https:// URL"]);
  });

  it("names unknown template variables in the url, body and headers", () => {
    const input = withWebhook({ url: "http://toxiproxy.test/{{drill.nope}}", body: '{"by": "{{user.name}}"}', headers: { "X-Drill": "{{drill.idd}}" } });
    const problems = problemsOf(input);
    expect(problems.map((line) => line.slice(0, line.indexOf(";")))).toEqual([
      "injections[0].action.url: unknown template variable {{drill.nope}}",
      "injections[0].action.body: unknown template variable {{user.name}}",
      "injections[0].action.headers.X-Drill: unknown template variable {{drill.idd}}",
    ]);
    expect(problems[0]).toContain("known: {{drill.id}}, {{drill.title}}");
  });

  it("checks a rollback webhook the same way", () => {
    const input = valid();
    input.injections = [{ ...input.injections[0]!, rollback: { kind: "webhook", url: "http://toxiproxy.test/{{drill.nope}}", method: "DELETE" } }];
    expect(problemsOf(input)[0]).toMatch(/^injections\[0\]\.rollback\.url: unknown template variable \{\{drill\.nope\}\}/);
  });

  it("rejects a body that is not JSON once variables are filled in", () => {
    expect(problemsOf(withWebhook({ body: '{"drill": {{drill.id}}}' }))).toEqual([expect.stringMatching(/^injections\[0\]\.action\.body: must be JSON once variables are filled in \(/)]);
    expect(problemsOf(withWebhook({ body: '{"drill": "{{drill.id}}"}' }))).toEqual([]);
    expect(problemsOf(withWebhook({ body: "" }))).toEqual([]);
  });

  it("names the step kind when it is neither manual nor webhook", () => {
    const input = valid();
    input.injections = [{ ...input.injections[0]!, rollback: { kind: "ssh" } as unknown as StepAction }];
    expect(problemsOf(input)).toEqual(["injections[0].rollback.kind: kind must be manual or webhook"]);
  });

  it("requires a rollback for every injection", () => {
    const input = valid();
    input.injections = [{ ...input.injections[0]!, rollback: undefined as unknown as StepAction }];
    expect(problemsOf(input).map((line) => line.split(":")[0])).toEqual(["injections[0].rollback"]);
  });
});

describe("environment", () => {
  it("keeps a protected environment protected through a JSON round trip", () => {
    const parsed = scenarioDefinitionSchema.parse({ ...valid(), environment: { name: "production", protected: true } });
    expect(parsed.environment).toEqual({ name: "production", protected: true });
    const again = scenarioDefinitionSchema.parse(JSON.parse(JSON.stringify(parsed)));
    expect(again.environment).toEqual({ name: "production", protected: true });
    expect(again).toEqual(parsed);
  });

  it("requires the environment's name and a boolean protected flag", () => {
    expect(problemsOf({ ...valid(), environment: { name: " ", protected: "yes" } })).toEqual([
      "environment.name: is required",
      "environment.protected: Invalid input: expected boolean, received string",
    ]);
  });
});
