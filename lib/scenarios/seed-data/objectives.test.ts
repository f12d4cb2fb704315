import { describe, expect, it } from "vitest";
import { scenarioDefinitionSchema } from "../schemas";
import { referenceScenarios } from "./index";

describe("the reference scenarios' objectives", () => {
  it.each(referenceScenarios.map((scenario) => [scenario.title, scenario] as const))("%s names objectives that rate every success criterion", (_, scenario) => {
    const definition = scenarioDefinitionSchema.parse(scenario);
    expect(definition.objectives.length).toBeGreaterThan(0);
    const rated = new Set(definition.objectives.flatMap((objective) => objective.milestones));
    expect(definition.successCriteria.map((criterion) => criterion.milestone).filter((milestone) => !rated.has(milestone))).toEqual([]);
    expect(definition.objectives.map((objective) => objective.id)).toEqual(expect.arrayContaining(["detect", "escalate", "mitigate"]));
  });
});
