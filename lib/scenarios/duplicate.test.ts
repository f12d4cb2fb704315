import { describe, expect, it } from "vitest";
import { createTestScenario, rejectionOf, staffCtx } from "../../test/factories";
import { NotFoundError } from "../errors";
import { copyTitle, duplicateScenario } from "./duplicate";
import { updateScenario } from "./update";

const ctx = staffCtx();

describe("duplicateScenario", () => {
  it("copies the current revision as a new scenario at revision 1, titled as a copy", async () => {
    const { scenario, definition } = await createTestScenario();
    const edited = await updateScenario({ ctx, input: { id: scenario.id, baseRevision: 1, definition: { ...definition, briefing: "Second revision." } } });

    const copy = await duplicateScenario({ ctx, input: { id: scenario.id } });
    expect(copy.id).not.toBe(scenario.id);
    expect(copy.revision).toBe(1);
    expect(copy.archived).toBe(false);
    expect(copy.definition).toEqual({ ...edited.definition, title: `${definition.title} (copy)` });
  });

  it("keeps a long title within the limit and refuses an unknown scenario", async () => {
    expect(copyTitle("x".repeat(120))).toBe(`${"x".repeat(113)} (copy)`);
    expect(copyTitle("x".repeat(120)).length).toBe(120);
    expect(await rejectionOf(duplicateScenario({ ctx, input: { id: "no-such-scenario" } }))).toBeInstanceOf(NotFoundError);
  });
});
