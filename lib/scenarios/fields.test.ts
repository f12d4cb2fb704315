import { describe, expect, it } from "vitest";
import { SCENARIO_FIELDS } from "./fields";

describe("the scenario document's fields, read from its schema", () => {
  it("names the single-value fields an author fills in, without the fixed schema version", () => {
    expect(SCENARIO_FIELDS.scalars).toEqual(["title", "publicTitle", "summary", "difficulty", "timeBoxMinutes", "briefing", "rootCause", "expectedImpact"]);
  });

  it("tells lists of plain values from lists of items, with each item's fields", () => {
    expect(SCENARIO_FIELDS.valueLists).toEqual(["tags", "components", "designers", "modelAnswer"]);
    expect(SCENARIO_FIELDS.itemLists).toEqual({
      injections: ["id", "name", "action", "rollback"],
      expectedSignals: ["id", "signal", "direction", "dashboardUrl"],
      alerts: ["id", "offsetMinutes", "relativeTo", "source", "severity", "title", "body", "unlessMilestone"],
      hints: ["id", "text", "offsetMinutes", "release", "unlessMilestone"],
      successCriteria: ["milestone", "withinMinutes"],
      objectives: ["id", "name", "description", "milestones"],
      survey: ["id", "prompt", "kind"],
    });
    expect(SCENARIO_FIELDS.objects).toEqual({ environment: ["name", "protected"] });
  });

  it("lists a step action's fields by kind", () => {
    expect(SCENARIO_FIELDS.actionFields).toEqual({ manual: ["kind", "instructions"], webhook: ["kind", "method", "url", "headers", "body", "timeoutSeconds"] });
  });
});
