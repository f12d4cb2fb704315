import { describe, expect, it } from "vitest";
import { problemFieldPath } from "@/components/scenarios/editor/form-errors";
import { emptyScenario, newObjective, toFormValues } from "@/components/scenarios/editor/form-model";
import { scenarioDefinitionSchema, type ScenarioDefinition } from "@/lib/scenarios/schemas";

const definition = (): ScenarioDefinition =>
  scenarioDefinitionSchema.parse({
    title: "Cache outage",
    summary: "Logins fail",
    components: ["api"],
    timeBoxMinutes: 45,
    rootCause: "the cache is unreachable",
    injections: [{ id: "inj-1", name: "cut", action: { kind: "manual", instructions: "cut" }, rollback: { kind: "manual", instructions: "restore" } }],
    modelAnswer: ["bypass the cache"],
    successCriteria: [{ milestone: "mitigated", withinMinutes: 30 }],
    objectives: [{ id: "mitigate", name: "Mitigate", description: "Stop the bleeding", milestones: ["mitigation_started", "mitigated"] }],
  });

describe("scenario objectives in the editor", () => {
  it("keeps a loaded scenario's objectives through the form and back", () => {
    const values = toFormValues(definition());
    expect(values.objectives).toEqual(definition().objectives);
    expect(scenarioDefinitionSchema.parse(values).objectives).toEqual(definition().objectives);
  });

  it("gives a definition stored without objectives an empty list to edit", () => {
    const old = { ...definition() } as Partial<ScenarioDefinition>;
    delete old.objectives;
    expect(toFormValues(old as ScenarioDefinition).objectives).toEqual([]);
    expect(emptyScenario().objectives).toEqual([]);
  });

  it("starts a new objective unnamed, with no milestones, which the schema refuses", () => {
    const objective = newObjective();
    expect(objective.id).toMatch(/^obj-/);
    const values = { ...toFormValues(definition()), objectives: [objective] };
    const result = scenarioDefinitionSchema.safeParse(values);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("objectives.0.name");
    expect(paths).toContain("objectives.0.milestones");
  });

  it("shows a server problem with an objective on its field, and one with any of its milestones on the group", () => {
    const values = toFormValues(definition());
    expect(problemFieldPath("definition.objectives[0].name", values)).toBe("objectives.0.name");
    expect(problemFieldPath("definition.objectives[0].id", values)).toBe("objectives.0.id");
    expect(problemFieldPath("definition.objectives[0].milestones", values)).toBe("objectives.0.milestones");
    expect(problemFieldPath("definition.objectives[0].milestones[1]", values)).toBe("objectives.0.milestones");
    expect(problemFieldPath("definition.objectives[2].name", values)).toBeNull();
  });
});
