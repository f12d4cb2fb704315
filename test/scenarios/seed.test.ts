import { afterAll, describe, expect, inject, it } from "vitest";
import { disconnectPrisma, prisma } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { useDatabaseUrl } from "../../lib/env";
import { scenarioDefinitionSchema } from "../../lib/scenarios/schemas";
import { seedReferenceScenarios } from "../../lib/scenarios/seed";
import { referenceScenarios } from "../../lib/scenarios/seed-data/index";
import { createScratchDatabase, dropScratchDatabases } from "../scratch-database";
import { staffCtx } from "../factories";

const ctx = staffCtx({ type: "system", name: "seed" });
const ids = referenceScenarios.map((_, index) => `reference-scenario-${index + 1}`);

/**
 * Seeding uses fixed ids, so each test seeds its own empty database (this file runs in its own
 * worker, so pointing the app's client elsewhere touches no other test).
 */
async function useFreshDatabase(label: string) {
  const url = await createScratchDatabase(label);
  await migrate(url);
  await disconnectPrisma();
  useDatabaseUrl(url);
}

afterAll(async () => {
  await disconnectPrisma();
  useDatabaseUrl(inject("databaseUrl"));
  await dropScratchDatabases();
});

describe("seedReferenceScenarios", () => {
  it("creates the reference scenarios once, and every one is a valid definition", async () => {
    await useFreshDatabase("seed");
    expect(referenceScenarios).toHaveLength(4);
    expect(await seedReferenceScenarios({ ctx })).toEqual({ created: 4 });
    expect(await seedReferenceScenarios({ ctx })).toEqual({ created: 0 });

    const revisions = await prisma().scenarioRevision.findMany({ where: { scenarioId: { in: ids } } });
    expect(revisions.map((revision) => `${revision.scenarioId}@${revision.number}`).sort()).toEqual(ids.map((id) => `${id}@1`));
    for (const revision of revisions) {
      const parsed = scenarioDefinitionSchema.safeParse(revision.definition);
      expect(parsed.error?.issues, revision.scenarioId).toBeUndefined();
    }
  });

  it("lets app instances seeding at the same moment create each scenario exactly once", async () => {
    await useFreshDatabase("seed_race");
    const results = await Promise.all([1, 2, 3].map(() => seedReferenceScenarios({ ctx })));
    expect(results.reduce((sum, result) => sum + result.created, 0)).toBe(4);
    expect(await prisma().scenario.count()).toBe(4);
    expect(await prisma().scenarioRevision.count()).toBe(4);
  });
});
