import { describe, expect, it } from "vitest";
import { createDrill } from "../../lib/drills/create";
import { NotFoundError } from "../../lib/errors";
import { compareRevisions } from "../../lib/scenarios/revisions/compare-revisions";
import { getRevision } from "../../lib/scenarios/revisions/get-revision";
import { listRevisions } from "../../lib/scenarios/revisions/list-revisions";
import { updateScenario } from "../../lib/scenarios/update";
import { createTestScenario, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();

/** A scenario saved three times: a retitle, then a reordered and edited hint list plus a new alert. */
async function scenarioWithThreeRevisions() {
  const { scenario, definition } = await createTestScenario();
  const second = { ...definition, title: `${definition.title} (v2)` };
  await updateScenario({ ctx, input: { id: scenario.id, baseRevision: 1, definition: second } });
  const [hint1, hint2] = definition.hints!;
  const third = {
    ...second,
    hints: [hint2!, { ...hint1!, text: "Look at the threads first." }],
    alerts: [...definition.alerts!, { id: "alert-4", offsetMinutes: 12, source: "custom" as const, severity: "high" as const, title: "Match trend down" }],
  };
  await updateScenario({ ctx, input: { id: scenario.id, baseRevision: 2, definition: third } });
  return { scenario, definition };
}

describe("revisions", () => {
  it("lists every revision newest first with its title and the drills frozen from it", async () => {
    const { scenario, definition } = await scenarioWithThreeRevisions();
    await createDrill({ ctx, input: { scenarioId: scenario.id } });
    const revisions = await listRevisions({ ctx, input: { scenarioId: scenario.id } });
    expect(revisions.map(({ number, title, drillCount }) => ({ number, title, drillCount }))).toEqual([
      { number: 3, title: `${definition.title} (v2)`, drillCount: 1 },
      { number: 2, title: `${definition.title} (v2)`, drillCount: 0 },
      { number: 1, title: definition.title, drillCount: 0 },
    ]);
    expect(Date.parse(revisions[0]!.createdAt)).not.toBeNaN();
  });

  it("returns one revision's definition as it was saved", async () => {
    const { scenario, definition } = await scenarioWithThreeRevisions();
    const first = await getRevision({ ctx, input: { scenarioId: scenario.id, number: 1 } });
    expect(first).toMatchObject({ scenarioId: scenario.id, number: 1 });
    expect(first.definition.title).toBe(definition.title);
    expect(first.definition.hints.map((hint) => hint.id)).toEqual(["hint-1", "hint-2"]);
    expect(await rejectionOf(getRevision({ ctx, input: { scenarioId: scenario.id, number: 9 } }))).toBeInstanceOf(NotFoundError);
  });

  it("compares any two revisions field by field, in either direction", async () => {
    const { scenario, definition } = await scenarioWithThreeRevisions();
    const forward = await compareRevisions({ ctx, input: { scenarioId: scenario.id, from: 1, to: 3 } });
    expect(forward.from).toMatchObject({ number: 1, title: definition.title });
    expect(forward.to).toMatchObject({ number: 3, title: `${definition.title} (v2)` });
    expect(forward.changes.map(({ kind, path }) => `${kind} ${path}`)).toEqual([
      "changed title",
      "added alerts[alert-4]",
      "changed hints[hint-1].text",
      "moved hints[hint-2]",
    ]);
    const backward = await compareRevisions({ ctx, input: { scenarioId: scenario.id, from: 3, to: 2 } });
    expect(backward.changes.map(({ kind, path }) => `${kind} ${path}`)).toEqual(["removed alerts[alert-4]", "moved hints[hint-1]", "changed hints[hint-1].text"]);
    expect((await compareRevisions({ ctx, input: { scenarioId: scenario.id, from: 2, to: 2 } })).changes).toEqual([]);
  });

  it("reports unknown scenarios and revisions as not found", async () => {
    expect(await rejectionOf(listRevisions({ ctx, input: { scenarioId: "no-such-scenario" } }))).toBeInstanceOf(NotFoundError);
    const { scenario } = await createTestScenario();
    const error = await rejectionOf(compareRevisions({ ctx, input: { scenarioId: scenario.id, from: 1, to: 2 } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(`Revision 2 of scenario ${scenario.id} was not found`);
  });
});
