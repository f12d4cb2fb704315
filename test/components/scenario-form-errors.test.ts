import { describe, expect, it } from "vitest";
import { emptyScenario, webhookAction } from "@/components/scenarios/editor/form-model";
import { problemFieldPath } from "@/components/scenarios/editor/form-errors";

const values = () => {
  const scenario = emptyScenario();
  scenario.alerts = [{ id: "a1", offsetMinutes: 2, relativeTo: "start", source: "grafana", severity: "high", title: "t", body: "" }];
  scenario.hints = [{ id: "h1", text: "x", release: "manual" }];
  scenario.expectedSignals = [{ id: "s1", signal: "x", direction: "up", dashboardUrl: "" }];
  scenario.successCriteria = [{ milestone: "mitigated", withinMinutes: 30 }];
  scenario.injections = [{ id: "inj-1", name: "n", action: webhookAction(), rollback: { kind: "manual", instructions: "" } }];
  return scenario;
};

describe("where the scenario form shows a problem the server reports", () => {
  it("puts a problem with a single field on that field, and one inside it nowhere", () => {
    for (const field of ["title", "publicTitle", "summary", "difficulty", "timeBoxMinutes", "briefing", "rootCause", "expectedImpact"]) {
      expect(problemFieldPath(`definition.${field}`, values()), field).toBe(field);
      expect(problemFieldPath(`definition.${field}[0]`, values()), field).toBeNull();
    }
    expect(problemFieldPath("definition.schemaVersion", values())).toBeNull();
  });

  it("puts a problem with any item of a typed list on its one input", () => {
    for (const list of ["components", "tags", "designers"]) expect(problemFieldPath(`definition.${list}[3]`, values())).toBe(list);
    expect(problemFieldPath("definition.modelAnswer[0]", values())).toBe("modelAnswer.0");
    expect(problemFieldPath("definition.modelAnswer[5]", values())).toBeNull();
  });

  it("puts an item's field on that item's input when the form shows it", () => {
    const cases: [string, string | null][] = [
      ["definition.alerts[0].offsetMinutes", "alerts.0.offsetMinutes"],
      ["definition.alerts[0].unlessMilestone", "alerts.0.unlessMilestone"],
      ["definition.alerts[0].nope", null],
      ["definition.alerts[1].title", null],
      ["definition.hints[0].release", "hints.0.release"],
      ["definition.expectedSignals[0].dashboardUrl", "expectedSignals.0.dashboardUrl"],
      ["definition.successCriteria[0].withinMinutes", "successCriteria.0.withinMinutes"],
      ["definition.injections[0].name", "injections.0.name"],
      ["definition.injections[0].action.url", "injections.0.action.url"],
      ["definition.injections[0].action.timeoutSeconds", "injections.0.action.timeoutSeconds"],
      ["definition.injections[0].action.headers.X-Token", "injections.0.action.headers"],
      ["definition.injections[0].rollback.instructions", "injections.0.rollback.instructions"],
      ["definition.injections[0].rollback.url", null],
      ["definition.injections[0].rollback.kind", "injections.0.rollback.kind"],
      ["definition.environment.protected", "environment.protected"],
      ["definition.environment", "environment.name"],
      ["definition.alerts", "alerts"],
    ];
    for (const [path, expected] of cases) expect(problemFieldPath(path, values()), path).toBe(expected);
  });
});
