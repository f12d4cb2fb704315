import { describe, expect, it } from "vitest";
import { zodProblems } from "../validation";
import { referenceScenarios } from "./seed-data/index";
import { scenarioDefinitionSchema } from "./schemas";
import { readDefinition, upgradeDefinition } from "./upgrade";

/** A document as the walking skeleton (schema version 1) stored it. */
const v1 = {
  title: "Checkout slowdown",
  summary: "Orders time out.",
  components: ["checkout-api"],
  timeBoxMinutes: 30,
  rootCause: "Connection pool exhausted",
  injections: [{ id: "inj-1", name: "Add latency", instructions: "toxiproxy-cli toxic add latency" }],
  alerts: [{ id: "a-1", offsetMinutes: 5, source: "grafana", severity: "warning", title: "p99 > 1s", body: "" }],
  hints: [{ id: "h-1", text: "Look at the pool.", offsetMinutes: 10 }],
  modelAnswer: "1. Raise the pool size.\n2. Restart the workers.\n3. Find the leak.",
};

describe("upgradeDefinition", () => {
  it("brings a version 1 document to version 2, keeping everything, and it validates", () => {
    const upgraded = scenarioDefinitionSchema.parse(upgradeDefinition(v1));
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.injections).toEqual([
      {
        id: "inj-1",
        name: "Add latency",
        action: { kind: "manual", instructions: "toxiproxy-cli toxic add latency" },
        rollback: { kind: "manual", instructions: expect.stringContaining("Undo") },
      },
    ]);
    expect(upgraded.hints).toEqual([{ id: "h-1", text: "Look at the pool.", offsetMinutes: 10, release: "manual" }]);
    expect(upgraded.modelAnswer).toEqual(["Raise the pool size.", "Restart the workers.", "Find the leak."]);
    expect(upgraded.alerts[0]).toMatchObject({ id: "a-1", offsetMinutes: 5, relativeTo: "start" });
  });

  it("reads a stored document without a public title with the neutral default, not the scenario's title", () => {
    const read = readDefinition({ ...v1, schemaVersion: 1 });
    expect(read.publicTitle).toBe("Incident drill");
    const v2: Record<string, unknown> = { ...scenarioDefinitionSchema.parse(upgradeDefinition(v1)) };
    delete v2.publicTitle;
    expect(readDefinition(v2).publicTitle).toBe("Incident drill");
  });

  it("keeps an unnumbered version 1 model answer as one step", () => {
    const upgraded = upgradeDefinition({ ...v1, schemaVersion: 1, modelAnswer: "Roll back the config." }) as { modelAnswer: string[] };
    expect(upgraded.modelAnswer).toEqual(["Roll back the config."]);
  });

  it("leaves a version 2 document untouched", () => {
    for (const scenario of referenceScenarios) expect(upgradeDefinition(scenario)).toBe(scenario);
  });

  it("leaves an unknown future version for validation to report", () => {
    const future = { ...v1, schemaVersion: 3 };
    expect(upgradeDefinition(future)).toBe(future);
    const result = scenarioDefinitionSchema.safeParse(future);
    expect(zodProblems(result.error!).map((problem) => problem.path)).toContain("schemaVersion");
  });

  it("passes anything that is not a document through", () => {
    expect(upgradeDefinition(null)).toBeNull();
    expect(upgradeDefinition("title: x")).toBe("title: x");
    const list = [{ title: "x" }];
    expect(upgradeDefinition(list)).toBe(list);
  });

  it("keeps entries that are not objects, for validation to name them", () => {
    const upgraded = upgradeDefinition({ ...v1, injections: [null, 7, "step", v1.injections[0]], hints: [null, 7] }) as { injections: unknown[]; hints: unknown[] };
    expect(upgraded.injections.slice(0, 3)).toEqual([null, 7, "step"]);
    expect(upgraded.injections[3]).toMatchObject({ id: "inj-1", action: { kind: "manual" } });
    expect(upgraded.hints).toEqual([null, 7]);
    const paths = zodProblems(scenarioDefinitionSchema.safeParse(upgraded).error!).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(["injections[0]", "injections[1]", "injections[2]", "hints[0]", "hints[1]"]));
  });
});
