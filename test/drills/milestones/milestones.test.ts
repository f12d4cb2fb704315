import { describe, expect, it } from "vitest";
import { joinChannel } from "../../../lib/channel/join-channel";
import { postMessage } from "../../../lib/channel/post-message";
import type { Ctx } from "../../../lib/context";
import { prisma } from "../../../lib/db/client";
import { correctMilestone } from "../../../lib/drills/milestones/correct-milestone";
import { createDrill } from "../../../lib/drills/create";
import { endDrill } from "../../../lib/drills/end";
import { getDrill } from "../../../lib/drills/get";
import { listMilestones } from "../../../lib/drills/milestones/list-milestones";
import { milestoneReached } from "../../../lib/drills/milestones/store";
import { recordMilestone } from "../../../lib/drills/milestones/record-milestone";
import { startDrill } from "../../../lib/drills/start";
import { getTimeline } from "../../../lib/drills/timeline";
import { ConflictError, ForbiddenError, InvalidStateError, ValidationError } from "../../../lib/errors";
import { admin, createPlannedDrill, createRunningDrill, createTestScenario, observer, rejectionOf, staffCtx } from "../../factories";

const ctx = staffCtx();
const MIN = 60_000;
const guest: Ctx = { actor: { type: "system", name: "guest" } };
const lastSeq = async (drillId: string) => (await getDrill({ ctx, input: { id: drillId } })).lastSeq;

/** A running drill on a clock the test moves by hand, with a participant who said something at T+02:00. */
async function drillWithMessage() {
  let now = new Date("2026-11-24T10:00:00.000Z").getTime();
  const clock: Ctx = { ...ctx, now: () => new Date(now) };
  const advance = (ms: number) => (now += ms);
  const { scenario } = await createTestScenario({}, clock);
  const { id: drillId } = await createDrill({ ctx: clock, input: { scenarioId: scenario.id } });
  const token = (await getDrill({ ctx, input: { id: drillId } })).channelToken!;
  await startDrill({ ctx: clock, input: { drillId } });
  const { secret } = await joinChannel({ ctx: { ...guest, now: clock.now }, input: { token, data: { displayName: "Mina" } } });
  advance(2 * MIN);
  const message = await postMessage({ ctx: { ...guest, now: clock.now }, input: { token, secret, data: { text: "Rolled back the config, errors dropping" } } });
  advance(3 * MIN);
  return { drillId, clock, advance, message };
}

describe("milestones", () => {
  it("has seven, and records each once in the milestone table with its event", async () => {
    const { drillId } = await createRunningDrill();
    for (const milestone of ["acknowledged", "impact_identified", "escalated", "mitigation_started", "mitigated", "root_cause_identified", "recovered"] as const)
      await recordMilestone({ ctx, input: { drillId, data: { milestone } } });
    const milestones = await listMilestones({ ctx, input: { drillId } });
    expect(milestones).toHaveLength(7);
    expect(milestones[4]).toMatchObject({ milestone: "mitigated", evidenceSeq: null, recordedBy: ctx.actor.name, corrections: [] });
    expect(await milestoneReached(prisma(), drillId, "recovered")).toBe(true);
    const error = await rejectionOf(recordMilestone({ ctx, input: { drillId, data: { milestone: "recovered" } } }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toMatch(/^Milestone "Recovered" already happened at T\+00:0\d\.$/);
  });

  it("links to its evidence, and is reached when the evidence happened", async () => {
    const { drillId, clock, message } = await drillWithMessage();
    const recorded = await recordMilestone({ ctx: clock, input: { drillId, data: { milestone: "mitigated", note: "Mina rolled back", evidenceSeq: message.id } } });
    expect(recorded).toMatchObject({ kind: "milestone.recorded", offsetMs: 5 * MIN, body: { milestone: "mitigated", note: "Mina rolled back", evidenceSeq: message.id } });
    const progress = (await getDrill({ ctx, input: { id: drillId } })).progress.milestones;
    expect(progress.mitigated).toEqual({ seq: recorded.id, offsetMs: 2 * MIN, at: message.at, evidenceSeq: message.id });
    expect(await milestoneReached(prisma(), drillId, "mitigated")).toBe(true);
    expect(await milestoneReached(prisma(), drillId, "recovered")).toBe(false);
  });

  it("rejects evidence that is not an event of this drill, appending nothing", async () => {
    const { drillId } = await createRunningDrill();
    const other = await drillWithMessage(); // has more events than this drill
    const seq = await lastSeq(drillId);
    for (const evidenceSeq of [other.message.id, 0, "3"]) {
      const error = (await rejectionOf(recordMilestone({ ctx, input: { drillId, data: { milestone: "mitigated", evidenceSeq } as never } }))) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.problems.map((problem) => problem.path)).toEqual(["evidenceSeq"]);
    }
    expect(await lastSeq(drillId)).toBe(seq);
    expect(await listMilestones({ ctx, input: { drillId } })).toEqual([]);
  });

  it("corrects a time to an offset or to an event's time, keeping every correction in the audit trail", async () => {
    const { drillId, clock, advance, message } = await drillWithMessage();
    await recordMilestone({ ctx: clock, input: { drillId, data: { milestone: "acknowledged" } } });
    advance(MIN);
    const first = await correctMilestone({ ctx: clock, input: { drillId, milestone: "acknowledged", data: { toOffsetMs: 90_000, reason: " Mina said 'on it' on the phone " } } });
    expect(first).toMatchObject({ kind: "milestone.corrected", audience: "staff", body: { milestone: "acknowledged", fromOffsetMs: 5 * MIN, toOffsetMs: 90_000, reason: "Mina said 'on it' on the phone" } });
    expect(await rejectionOf(correctMilestone({ ctx: { ...clock, actor: observer }, input: { drillId, milestone: "acknowledged", data: { toOffsetMs: 0, reason: "observers only watch" } } }))).toBeInstanceOf(ForbiddenError);
    const second = await correctMilestone({ ctx: { ...clock, actor: admin }, input: { drillId, milestone: "acknowledged", data: { toSeq: message.id, reason: "Her message is the proof" } } });
    expect(second.body).toEqual({ milestone: "acknowledged", fromOffsetMs: 90_000, toOffsetMs: 2 * MIN, reason: "Her message is the proof", toSeq: message.id });

    const [acknowledged] = await listMilestones({ ctx, input: { drillId } });
    expect(acknowledged).toMatchObject({ reachedOffsetMs: 2 * MIN, reachedAt: message.at });
    expect(acknowledged!.corrections).toEqual([
      { fromOffsetMs: 5 * MIN, toOffsetMs: 90_000, toSeq: null, reason: "Mina said 'on it' on the phone", correctedBy: ctx.actor.name, correctedAt: first.at, seq: first.id },
      { fromOffsetMs: 90_000, toOffsetMs: 2 * MIN, toSeq: message.id, reason: "Her message is the proof", correctedBy: admin.name, correctedAt: second.at, seq: second.id },
    ]);
    const row = await prisma().milestoneCorrection.findFirstOrThrow({ where: { seq: first.id, milestone: { drillId } } });
    expect(row.toAt.toISOString()).toBe("2026-11-24T10:01:30.000Z"); // T+01:30 on the wall clock
    expect((await getDrill({ ctx, input: { id: drillId } })).progress.milestones.acknowledged?.offsetMs).toBe(2 * MIN);
  });

  it("refuses corrections that make no sense, appending nothing", async () => {
    const { drillId, clock, message } = await drillWithMessage();
    const other = await drillWithMessage();
    await recordMilestone({ ctx: clock, input: { drillId, data: { milestone: "acknowledged" } } });
    const seq = await lastSeq(drillId);
    const attempt = (milestone: string, data: unknown) => rejectionOf(correctMilestone({ ctx: clock, input: { drillId, milestone, data: data as never } }));

    const notRecorded = await attempt("mitigated", { toOffsetMs: 0, reason: "x" });
    expect(notRecorded).toBeInstanceOf(ConflictError);
    expect(notRecorded.message).toBe('Cannot correct "Mitigated": it has not been recorded yet.');
    const same = await attempt("acknowledged", { toOffsetMs: 5 * MIN, reason: "x" });
    expect(same).toBeInstanceOf(ConflictError);
    expect(same.message).toBe('"Acknowledged" is already at T+05:00.');
    const problems = async (milestone: string, data: unknown) => ((await attempt(milestone, data)) as ValidationError).problems;
    expect(await problems("acknowledged", { toOffsetMs: 60_000 })).toEqual([{ path: "reason", message: expect.stringContaining("is required") }]);
    expect(await problems("acknowledged", { toOffsetMs: 60_000, toSeq: message.id, reason: "x" })).toEqual([{ path: "toOffsetMs", message: "give either a new offset or an event (toSeq), not both" }]);
    expect(await problems("acknowledged", { reason: "x" })).toMatchObject([{ path: "toOffsetMs" }]);
    expect(await problems("acknowledged", { toOffsetMs: 6 * MIN, reason: "x" })).toEqual([{ path: "toOffsetMs", message: "must not be later than the drill clock (T+05:00)" }]);
    expect(await problems("acknowledged", { toSeq: other.message.id + 50, reason: "x" })).toMatchObject([{ path: "toSeq" }]);
    expect(await problems("acknowledged", { toSeq: 1, reason: "before the start" })).toEqual([{ path: "toSeq", message: "is before the drill started (#1)" }]);
    expect(await problems("celebrated", { toOffsetMs: 0, reason: "x" })).toMatchObject([{ path: "milestone" }]);
    expect(await lastSeq(drillId)).toBe(seq);
    expect((await listMilestones({ ctx, input: { drillId } }))[0]!.corrections).toEqual([]);
  });

  it("allows corrections after the end, never before the start", async () => {
    const { drillId } = await createPlannedDrill();
    const early = await rejectionOf(correctMilestone({ ctx, input: { drillId, milestone: "acknowledged", data: { toOffsetMs: 0, reason: "x" } } }));
    expect(early).toBeInstanceOf(InvalidStateError);
    expect(early.message).toBe("Cannot correct a milestone: the drill has not started yet.");
    await startDrill({ ctx, input: { drillId } });
    await recordMilestone({ ctx, input: { drillId, data: { milestone: "acknowledged" } } });
    await endDrill({ ctx, input: { drillId, data: { outcome: "failed" } } });
    await correctMilestone({ ctx, input: { drillId, milestone: "acknowledged", data: { toSeq: 2, reason: "acknowledged at declaration" } } });
    const kinds = (await getTimeline({ ctx, input: { drillId, viewer: "staff" } })).map((event) => event.kind);
    expect(kinds.slice(-2)).toEqual(["drill.ended", "milestone.corrected"]);
  });
});
