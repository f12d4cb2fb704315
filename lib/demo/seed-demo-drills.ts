import { authorize } from "../auth/authorize";
import { nowOf, type Actor, type Ctx } from "../context";
import type { Tx } from "../context/transaction";
import { prisma } from "../db/client";
import { createExercise } from "../exercises/create";
import { confirmVerification } from "../improvements/confirm-verification";
import { getItem } from "../improvements/get-item";
import { readDefinition } from "../scenarios/upgrade";
import { demoStart, simulatedClock } from "./clock";
import { DEMO_DRILLS, DEMO_GAME_DAY } from "./data/drills";
import { playLive, type DemoCast } from "./play-live";
import { playReview } from "./play-review";
import { storyProblems } from "./fit";

const facilitator: Actor = { type: "facilitator", name: "Hana Lee" };
const observer: Actor = { type: "observer", name: "Jun Park" };
/** One seeding at a time across instances: the second waits, then finds the demo drills there. */
const SEED_LOCK = 0x64656d6f;

export interface SeedDemoResult {
  created: number;
  /** Why nothing was added, when nothing was. */
  skipped?: "present" | "no_reference_scenarios";
}

/**
 * Closed demo drills of the reference scenarios, played through the real verbs on a simulated clock over the past ten
 * weeks, so analytics, replay and the improvement plan show something on the first run. Once: nothing is added while
 * any demo drill exists. All of it is one transaction, so a crash leaves no half-seeded demo.
 */
export async function seedDemoDrills({ ctx }: { ctx: Ctx }): Promise<SeedDemoResult> {
  authorize(ctx, "drill.run");
  const now = nowOf(ctx);
  return prisma().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      if (await tx.drill.findFirst({ where: { demo: true }, select: { id: true } })) return { created: 0, skipped: "present" };
      const stories = await storiesThatFit(tx);
      if (stories.length === 0) return { created: 0, skipped: "no_reference_scenarios" };
      const cast: DemoCast = { tx, facilitator, observer };
      const gameDayStory = stories.find((story) => story.gameDay);
      const exerciseId = gameDayStory
        ? (await createExercise({ ctx: { actor: facilitator, tx, now: () => now }, input: { data: { ...DEMO_GAME_DAY, date: demoStart(now, gameDayStory.daysAgo, 0).toISOString().slice(0, 10) } } })).id
        : null;
      const verifiable: string[] = [];
      for (const story of stories) {
        const clock = simulatedClock(demoStart(now, story.daysAgo, story.startHour), 20);
        const played = await playLive(cast, story, clock, story.gameDay ? exerciseId : null);
        const endedAt = story.live.find((step) => step.do === "end")!.at;
        verifiable.push(...(await playReview(cast, story, played, clock, endedAt)));
        await confirmProposals({ actor: facilitator, tx, now: clock.now }, played.drillId, verifiable);
      }
      return { created: stories.length };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The stories whose reference scenario is there, unarchived, and still has every item the story uses. */
async function storiesThatFit(tx: Tx) {
  const ids = [...new Set(DEMO_DRILLS.map((story) => story.scenarioId))];
  const scenarios = await tx.scenario.findMany({ where: { id: { in: ids }, archivedAt: null }, select: { id: true, currentRevision: true } });
  const definitions = new Map<string, ReturnType<typeof readDefinition>>();
  for (const scenario of scenarios) {
    const revision = await tx.scenarioRevision.findUniqueOrThrow({ where: { scenarioId_number: { scenarioId: scenario.id, number: scenario.currentRevision } } });
    definitions.set(scenario.id, readDefinition(revision.definition));
  }
  return DEMO_DRILLS.filter((story) => {
    const definition = definitions.get(story.scenarioId);
    return definition !== undefined && storyProblems(story, definition).length === 0;
  });
}

/** A later demo drill met an item's criterion at its close: the facilitator confirms it, as they would on /improvements. */
async function confirmProposals(ctx: Ctx, drillId: string, itemIds: string[]) {
  for (const id of itemIds) {
    const item = await getItem({ ctx, input: { id } });
    if (item.proposal?.drillId === drillId && !item.verification) await confirmVerification({ ctx, input: { id } });
  }
}
