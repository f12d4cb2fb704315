import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { getDrill } from "../../lib/drills/get";
import { ConflictError, NotFoundError, ValidationError } from "../../lib/errors";
import { createScenario } from "../../lib/scenarios/create";
import { getScenario } from "../../lib/scenarios/get";
import { updateScenario } from "../../lib/scenarios/update";
import { createTestScenario, makeScenarioDefinition, marker, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();

describe("scenarios", () => {
  it("creates revision 1 with the parsed definition and copies the listing fields", async () => {
    const { scenario, definition } = await createTestScenario({ tags: ["db", "latency"] });
    expect(scenario.revision).toBe(1);
    expect(scenario.archived).toBe(false);
    expect(scenario.definition.title).toBe(definition.title);
    expect(scenario.definition.alerts[2]?.body).toBe(""); // defaults are stored, not re-applied on read
    const row = await prisma().scenario.findUniqueOrThrow({ where: { id: scenario.id } });
    expect(row).toMatchObject({ title: definition.title, tags: ["db", "latency"], timeBoxMinutes: 30, currentRevision: 1 });
  });

  it("appends revision 2 on update, and a drill created earlier keeps its frozen script", async () => {
    const { scenario, definition } = await createTestScenario();
    const { id: earlierDrill } = await createDrill({ ctx, input: { scenarioId: scenario.id } });

    const newTitle = marker("Renamed");
    const updated = await updateScenario({
      ctx,
      input: { id: scenario.id, baseRevision: 1, definition: { ...definition, title: newTitle, timeBoxMinutes: 60 } },
    });
    expect(updated.revision).toBe(2);
    expect((await getScenario({ ctx, input: { id: scenario.id } })).definition.title).toBe(newTitle);

    const earlier = await getDrill({ ctx, input: { id: earlierDrill } });
    expect(earlier.revision).toBe(1);
    expect(earlier.script.title).toBe(definition.title);
    expect(earlier.clock.timeBoxMinutes).toBe(30);

    const { id: laterDrill } = await createDrill({ ctx, input: { scenarioId: scenario.id } });
    const later = await getDrill({ ctx, input: { id: laterDrill } });
    expect(later.revision).toBe(2);
    expect(later.script.title).toBe(newTitle);
    expect(later.clock.timeBoxMinutes).toBe(60);

    const revisions = await prisma().scenarioRevision.findMany({ where: { scenarioId: scenario.id }, orderBy: { number: "asc" } });
    expect(revisions.map((revision) => revision.number)).toEqual([1, 2]);
    expect((revisions[0]?.definition as { title: string }).title).toBe(definition.title);
  });

  it("refuses a save based on a stale revision and keeps the newer one", async () => {
    const { scenario, definition } = await createTestScenario();
    await updateScenario({ ctx, input: { id: scenario.id, baseRevision: 1, definition: { ...definition, summary: "first editor" } } });
    const error = await rejectionOf(
      updateScenario({ ctx, input: { id: scenario.id, baseRevision: 1, definition: { ...definition, summary: "second editor" } } }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toContain("now revision 2, you edited revision 1");
    const current = await getScenario({ ctx, input: { id: scenario.id } });
    expect(current.revision).toBe(2);
    expect(current.definition.summary).toBe("first editor");
  });

  it("lets exactly one of two concurrent saves from the same revision win", async () => {
    const { scenario, definition } = await createTestScenario();
    const save = (summary: string) => updateScenario({ ctx, input: { id: scenario.id, baseRevision: 1, definition: { ...definition, summary } } });
    const results = await Promise.allSettled([save("a"), save("b")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(ConflictError);
    expect(await prisma().scenarioRevision.count({ where: { scenarioId: scenario.id } })).toBe(2);
  });

  it("rejects an invalid definition with field paths and saves nothing", async () => {
    const definition = makeScenarioDefinition({ injections: [] });
    definition.alerts![1] = { ...definition.alerts![1]!, offsetMinutes: 99 };
    const error = await rejectionOf(createScenario({ ctx, input: { definition } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { path: "definition.injections", message: "add at least one injection step" },
      { path: "definition.alerts[1].offsetMinutes", message: "must be within the time box (30 min)" },
    ]);
    expect(await prisma().scenario.count({ where: { title: definition.title as string } })).toBe(0);
    expect(await prisma().scenarioRevision.count({ where: { definition: { path: ["title"], equals: definition.title as string } } })).toBe(0);
  });

  it("rejects an invalid update and leaves the revision alone", async () => {
    const { scenario, definition } = await createTestScenario();
    const error = await rejectionOf(updateScenario({ ctx, input: { id: scenario.id, baseRevision: 1, definition: { ...definition, timeBoxMinutes: 2 } } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((problem) => problem.path)).toContain("definition.timeBoxMinutes");
    expect((await getScenario({ ctx, input: { id: scenario.id } })).revision).toBe(1);
  });

  it("reports unknown scenarios as not found", async () => {
    const definition = makeScenarioDefinition();
    expect(await rejectionOf(getScenario({ ctx, input: { id: "no-such-scenario" } }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(updateScenario({ ctx, input: { id: "no-such-scenario", baseRevision: 1, definition } }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(createDrill({ ctx, input: { scenarioId: "no-such-scenario" } }))).toBeInstanceOf(NotFoundError);
  });
});
