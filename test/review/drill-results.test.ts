import { describe, expect, it } from "vitest";
import { acknowledgeInChannel } from "../../lib/channel/acknowledge-in-channel";
import { joinChannel } from "../../lib/channel/join-channel";
import { postMessage } from "../../lib/channel/post-message";
import { anonymousActor, type Ctx } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { endDrill } from "../../lib/drills/end";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getDrill } from "../../lib/drills/get";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { startDrill } from "../../lib/drills/start";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { reopenDrill } from "../../lib/review/reopen";
import { backfillDrillResults } from "../../lib/review/results/backfill";
import { answerSurveyInChannel } from "../../lib/survey/answer-in-channel";
import { personalKey } from "../../lib/drills/roster/personal-key";
import { createTestScenario, staffCtx } from "../factories";

const ctx: Ctx = staffCtx();
const guest: Ctx = { actor: anonymousActor };
const roster = [
  { name: "Mina Newest", role: "active_responder" as const, team: "Match", email: "Mina@Example.test" },
  { name: "Ian Commander", role: "incident_commander" as const, slackId: "U0IAN" },
  { name: "Ahn Nobody", role: "active_responder" as const, team: "API" },
];

/** A closed drill: Mina (roster, by personal link) speaks and acknowledges; a guest speaks too; three survey answers. */
async function closedDrill() {
  const { scenario } = await createTestScenario({ successCriteria: [{ milestone: "acknowledged", withinMinutes: 10 }, { milestone: "mitigated", withinMinutes: 30 }] }, ctx);
  const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster, chatProvider: "builtin" } });
  await startDrill({ ctx, input: { drillId } });
  const { channelToken } = await getDrill({ ctx, input: { id: drillId } });
  const token = channelToken!;
  const mina = await prisma().rosterMember.findFirstOrThrow({ where: { drillId, name: "Mina Newest" } });
  const minaKey = personalKey(mina.id);
  await joinChannel({ ctx: guest, input: { token, secret: minaKey, data: {} } });
  const wes = (await joinChannel({ ctx: guest, input: { token, data: { displayName: "Walk-in Wes" } } })).secret!;
  await postMessage({ ctx: guest, input: { token, secret: wes, data: { text: "is it the cache?" } } });
  await postMessage({ ctx: guest, input: { token, secret: minaKey, data: { text: "looking at the API errors" } } });
  await postMessage({ ctx: guest, input: { token, secret: minaKey, data: { text: "paging the API team" } } });
  await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } });
  await acknowledgeInChannel({ ctx: guest, input: { token, secret: minaKey, data: { alertId: "alert-1" } } });
  await recordMilestone({ ctx, input: { drillId, data: { milestone: "mitigated", note: "" } } });
  await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated" } } });
  for (const [secret, difficulty] of [[minaKey, 4], [wes, 2]] as const)
    await answerSurveyInChannel({ ctx: guest, input: { token, secret, data: { answers: { difficulty: { score: difficulty }, usefulness: { score: 5 }, enjoyment: { score: 4 } } } } });
  await beginReview({ ctx, input: { drillId } });
  const { contentHash } = await closeDrill({ ctx, input: { drillId } });
  return { drillId, scenarioId: scenario.id, contentHash };
}

describe("a closed drill's stored result", () => {
  it("keeps the figures of the frozen report, and each roster person's part under their email or Slack id", async () => {
    const { drillId, scenarioId, contentHash } = await closedDrill();
    const result = await prisma().drillResult.findUniqueOrThrow({ where: { drillId } });
    expect(result).toMatchObject({ scenarioId, outcome: "mitigated", facilitator: "Facilitator Fay", facilitatorId: "fac-1", teams: ["API", "Match"], criteriaTotal: 2, hintsUsed: 0, surveyAnswers: 2, difficultyAvg: null, contentHash });
    expect(result.criteriaMet).toBe(2);
    expect(result.acknowledgeMs).toEqual(expect.any(Number));
    expect(result.mitigateMs).toBeGreaterThanOrEqual(result.acknowledgeMs!);
    expect(result.firstResponseMs).toEqual(expect.any(Number));

    const people = await prisma().responderResult.findMany({ where: { drillId }, orderBy: { personKey: "asc" } });
    // Ahn has neither an email nor a Slack id, and the walk-in guest nothing at all: neither can be followed across drills.
    expect(people.map((person) => person.personKey)).toEqual(["email:mina@example.test", "slack:U0IAN"]);
    expect(people[0]).toMatchObject({ name: "Mina Newest", role: "active_responder", team: "Match", messages: 2 });
    expect(people[0]!.acknowledgeMs).toBe(result.acknowledgeMs);
    expect(people[1]).toMatchObject({ name: "Ian Commander", messages: 0, firstResponseMs: null, acknowledgeMs: null });
  });

  it("is forgotten by a reopen and written again by the next close", async () => {
    const { drillId, contentHash } = await closedDrill();
    await reopenDrill({ ctx, input: { drillId, data: { reason: "a milestone was missed" } } });
    expect(await prisma().drillResult.count({ where: { drillId } })).toBe(0);
    expect(await prisma().responderResult.count({ where: { drillId } })).toBe(0);
    const again = await closeDrill({ ctx, input: { drillId } });
    expect(again.contentHash).not.toBe(contentHash);
    expect((await prisma().drillResult.findUniqueOrThrow({ where: { drillId } })).contentHash).toBe(again.contentHash);
    expect(await prisma().responderResult.count({ where: { drillId } })).toBe(2);
  });

  it("is filled from the stored snapshot for a drill closed before results existed", async () => {
    const { drillId } = await closedDrill();
    const written = await prisma().drillResult.findUniqueOrThrow({ where: { drillId } });
    const people = await prisma().responderResult.findMany({ where: { drillId }, orderBy: { personKey: "asc" } });
    await prisma().responderResult.deleteMany({ where: { drillId } });
    await prisma().drillResult.delete({ where: { drillId } });

    expect(await backfillDrillResults(prisma())).toBeGreaterThanOrEqual(1);
    expect(await prisma().drillResult.findUniqueOrThrow({ where: { drillId } })).toEqual(written);
    expect(await prisma().responderResult.findMany({ where: { drillId }, orderBy: { personKey: "asc" } })).toEqual(people);
    expect(await backfillDrillResults(prisma())).toBe(0);
  });
});
