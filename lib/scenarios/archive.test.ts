import { describe, expect, it } from "vitest";
import { createTestScenario, marker, rejectionOf, staffCtx } from "../../test/factories";
import { createDrill } from "../drills/create";
import { InvalidStateError, NotFoundError, ValidationError } from "../errors";
import { archiveScenario } from "./archive";
import { listScenarios } from "./list";

const ctx = staffCtx();

describe("archiveScenario", () => {
  it("hides an archived scenario from the library unless asked, refuses new drills, and restores it as it was", async () => {
    const tag = marker("archive");
    const { scenario } = await createTestScenario({ tags: [tag] });

    const archived = await archiveScenario({ ctx, input: { id: scenario.id, data: { archived: true } } });
    expect(archived.archived).toBe(true);
    expect(archived.revision).toBe(scenario.revision);
    expect(await listScenarios({ ctx, input: { tag } })).toEqual([]);
    expect((await listScenarios({ ctx, input: { tag, includeArchived: true } })).map((row) => [row.id, row.archived])).toEqual([[scenario.id, true]]);
    expect(await rejectionOf(createDrill({ ctx, input: { scenarioId: scenario.id } }))).toBeInstanceOf(InvalidStateError);

    const restored = await archiveScenario({ ctx, input: { id: scenario.id, data: { archived: false } } });
    expect(restored.archived).toBe(false);
    expect(restored.definition).toEqual(scenario.definition);
    expect((await listScenarios({ ctx, input: { tag } })).map((row) => row.id)).toEqual([scenario.id]);
  });

  it("keeps the first archive date when archived twice", async () => {
    const { scenario } = await createTestScenario();
    const first = new Date("2026-01-01T10:00:00Z");
    await archiveScenario({ ctx: { ...ctx, now: () => first }, input: { id: scenario.id, data: { archived: true } } });
    const again = await archiveScenario({ ctx: { ...ctx, now: () => new Date("2026-02-01T10:00:00Z") }, input: { id: scenario.id, data: { archived: true } } });
    expect(again.archived).toBe(true);
    const { prisma } = await import("../db/client");
    expect((await prisma().scenario.findUniqueOrThrow({ where: { id: scenario.id } })).archivedAt).toEqual(first);
  });

  it("names the bad field and refuses an unknown scenario", async () => {
    const { scenario } = await createTestScenario();
    const invalid = await rejectionOf(archiveScenario({ ctx, input: { id: scenario.id, data: { archived: "yes" } as never } }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).problems.map((problem) => problem.path)).toEqual(["archived"]);
    expect(await rejectionOf(archiveScenario({ ctx, input: { id: "no-such-scenario", data: { archived: true } } }))).toBeInstanceOf(NotFoundError);
  });
});

describe("listScenarios filters", () => {
  it("matches an exact tag and an exact target component", async () => {
    const tag = marker("tag");
    const component = marker("component");
    const { scenario: both } = await createTestScenario({ tags: [tag], components: [component, "orders-db"] });
    await createTestScenario({ tags: [tag], components: ["orders-db"] });
    expect((await listScenarios({ ctx, input: { tag } })).length).toBe(2);
    expect((await listScenarios({ ctx, input: { tag, component } })).map((row) => row.id)).toEqual([both.id]);
    expect(await listScenarios({ ctx, input: { tag: tag.slice(0, -1) } })).toEqual([]);
  });
});
