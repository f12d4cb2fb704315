import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { createTestScenario, marker, staffCtx } from "../factories";

const ctx = staffCtx();
export const MIN = 60_000;

export interface KnownPart {
  personKey: string;
  name: string;
  role?: string;
  team?: string | null;
  firstResponseMs?: number | null;
  acknowledgeMs?: number | null;
}

export interface Known {
  startedAt: string;
  outcome?: "mitigated" | "failed" | "timed_out" | "aborted";
  teams?: string[];
  acknowledgeMs?: number | null;
  escalateMs?: number | null;
  mitigateMs?: number | null;
  hintsUsed?: number;
  facilitator?: string;
  facilitatorId?: string | null;
  difficultyAvg?: number | null;
  exerciseId?: string | null;
  demo?: boolean;
  people?: KnownPart[];
}

/**
 * A scenario (unique team names per test) and a way to add closed drills of it with known figures, written as the close
 * would store them (a DrillResult and each responder's ResponderResult).
 */
export async function scenarioWithResults(declared: "introductory" | "intermediate" | "advanced" = "intermediate") {
  const { scenario } = await createTestScenario({ difficulty: declared, timeBoxMinutes: 60 }, ctx);
  const team = marker("team");
  const add = async (known: Known) => {
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id } });
    const startedAt = new Date(known.startedAt);
    const outcome = known.outcome ?? "mitigated";
    await prisma().drill.update({ where: { id: drillId }, data: { status: "closed", outcome, startedAt, endedAt: startedAt, closedAt: startedAt, demo: known.demo ?? false, exerciseId: known.exerciseId ?? null } });
    await prisma().drillResult.create({
      data: {
        drillId,
        scenarioId: scenario.id,
        revision: 1,
        exerciseId: known.exerciseId ?? null,
        facilitator: known.facilitator ?? "Facilitator Fay",
        facilitatorId: known.facilitatorId ?? null,
        declaredDifficulty: declared,
        outcome,
        startedAt,
        endedAt: startedAt,
        closedAt: startedAt,
        durationMs: 30 * MIN,
        timeBoxMinutes: 60,
        teams: known.teams ?? [team],
        acknowledgeMs: known.acknowledgeMs ?? null,
        escalateMs: known.escalateMs ?? null,
        mitigateMs: known.mitigateMs ?? null,
        hintsUsed: known.hintsUsed ?? 0,
        criteriaMet: 0,
        criteriaTotal: 0,
        ratings: {},
        surveyAnswers: known.difficultyAvg === undefined ? 0 : 3,
        difficultyAvg: known.difficultyAvg ?? null,
        contentHash: "test",
      },
    });
    if (known.people?.length)
      await prisma().responderResult.createMany({
        data: known.people.map((person) => ({
          drillId,
          closedAt: startedAt,
          personKey: person.personKey,
          name: person.name,
          role: person.role ?? "active_responder",
          team: person.team === undefined ? team : person.team,
          messages: 1,
          firstResponseMs: person.firstResponseMs ?? null,
          acknowledgeMs: person.acknowledgeMs ?? null,
        })),
      });
    return drillId;
  };
  return { scenario, team, add };
}
