import { describe, expect, it } from "vitest";
import { acknowledgeInChannel } from "../../lib/channel/acknowledge-in-channel";
import { joinChannel } from "../../lib/channel/join-channel";
import { postMessage } from "../../lib/channel/post-message";
import { anonymousActor, type Actor, type Ctx } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { addNote } from "../../lib/drills/add-note";
import { createDrill } from "../../lib/drills/create";
import { endDrill } from "../../lib/drills/end";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getDrill } from "../../lib/drills/get";
import { correctMilestone } from "../../lib/drills/milestones/correct-milestone";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { pauseDrill } from "../../lib/drills/pause";
import { releaseHint } from "../../lib/drills/release-hint";
import { resumeDrill } from "../../lib/drills/resume";
import { escalateToTeam } from "../../lib/drills/roster/escalate-to-team";
import { personalKey } from "../../lib/drills/roster/personal-key";
import { startDrill } from "../../lib/drills/start";
import { beginReview } from "../../lib/review/begin-review";
import { linkAnswer } from "../../lib/review/link-answer";
import { recordAfterTheFact } from "../../lib/review/record-after-the-fact";
import { getReplay } from "../../lib/review/replay/get-replay";
import { getSharedReplay } from "../../lib/review/replay/get-shared-replay";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { revokeShareLink } from "../../lib/share-links/revoke-share-link";
import { appendEvent } from "../../lib/timeline/append";
import type { EventBodies, EventKind } from "../../lib/timeline/events";
import { createPlannedDrill, createRunningDrill, createTestScenario, marker, observer, rejectionOf, staffCtx } from "../factories";

const MIN = 60_000;
const START = new Date("2026-11-24T10:00:00.000Z").getTime();

/**
 * A drill on a clock the test moves by hand (T = wall ms since the start): Ana (on the roster) and a guest in the
 * channel, a failed injection, an acknowledged page, a pause from 4:00 to 7:00, an edit and a deletion, a hint, a
 * milestone with evidence, the acknowledgement corrected, an escalation, the end at 20:00, and in review a milestone after the fact and a linked step.
 */
async function replayedDrill() {
  let now = START - 5 * MIN;
  const at = (t: number) => (now = START + t);
  const ctx: Ctx = { ...staffCtx(), now: () => new Date(now) };
  const guest: Ctx = { actor: anonymousActor, now: ctx.now };
  const { scenario, definition } = await createTestScenario({}, ctx);
  const roster = [
    { name: "Ana Lee", role: "active_responder" as const, team: "API", email: `${marker("ana")}@example.test` },
    { name: "Park Senior", role: "escalation_responder" as const, team: "API" },
  ];
  const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster } });
  const token = (await getDrill({ ctx, input: { id: drillId } })).channelToken!;
  const anaMember = await prisma().rosterMember.findFirstOrThrow({ where: { drillId, name: "Ana Lee" } });
  const append = <K extends EventKind>(actor: Actor, kind: K, body: EventBodies[K]) => prisma().$transaction((tx) => appendEvent(tx, { actor, now: ctx.now }, drillId, { kind, body }));

  at(0);
  await startDrill({ ctx, input: { drillId } });
  at(10_000);
  const anaKey = personalKey(anaMember.id);
  const ana = await joinChannel({ ctx: guest, input: { token, secret: anaKey, data: {} } });
  const anaActor: Actor = { type: "participant", id: ana.participantId, name: "Ana Lee", drillId };
  at(MIN);
  const failed = await append(ctx.actor, "injection.executed", { stepId: "inj-1", name: "Add latency to orders-db", note: "", method: "webhook", result: { outcome: "failed", status: 500, attempts: 3, mayHaveLanded: true } });
  at(2 * MIN);
  const alert = await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-2" } } });
  at(3 * MIN);
  const message = await postMessage({ ctx: guest, input: { token, secret: anaKey, data: { text: `Checking orders-db, ${"the pool looks exhausted ".repeat(5)}` } } });
  at(3 * MIN + 5_000);
  await acknowledgeInChannel({ ctx: guest, input: { token, secret: anaKey, data: { alertId: "alert-2" } } });
  at(4 * MIN);
  await pauseDrill({ ctx, input: { drillId } });
  at(5 * MIN);
  const note = await addNote({ ctx: { actor: observer, now: ctx.now }, input: { drillId, data: { text: marker("observer-secret"), tags: ["insight"] } } });
  at(7 * MIN);
  await resumeDrill({ ctx, input: { drillId } });
  at(8 * MIN);
  const edit = await append(anaActor, "chat.edited", { ts: "", messageSeq: message.id, text: "Checking orders-db: pool exhausted" });
  at(9 * MIN);
  const hint = await releaseHint({ ctx, input: { drillId, data: { hintId: "hint-2" } } });
  at(10 * MIN);
  const gus = await joinChannel({ ctx: guest, input: { token, data: { displayName: "Gus" } } });
  const guestMessage = await postMessage({ ctx: guest, input: { token, secret: gus.secret, data: { text: "restarting checkout?" } } });
  at(10 * MIN + 30_000);
  const deletion = await append({ type: "participant", id: gus.participantId, name: "Gus", drillId }, "chat.deleted", { ts: "", messageSeq: guestMessage.id });
  at(12 * MIN);
  await recordMilestone({ ctx, input: { drillId, data: { milestone: "impact_identified", evidenceSeq: message.id } } });
  at(13 * MIN);
  await correctMilestone({ ctx, input: { drillId, milestone: "acknowledged", data: { toOffsetMs: 4 * MIN + 30_000, reason: "Ana said it on the call" } } });
  at(14 * MIN);
  const escalation = await escalateToTeam({ ctx, input: { drillId, data: { team: "API" } } });
  at(20 * MIN);
  const ended = await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated" } } });
  at(25 * MIN);
  await beginReview({ ctx, input: { drillId } });
  await recordAfterTheFact({ ctx, input: { drillId, data: { milestone: "mitigated", evidenceSeq: guestMessage.id, reason: "nobody pressed it" } } });
  await linkAnswer({ ctx, input: { drillId, step: 0, data: { verdict: "done", evidenceSeqs: [guestMessage.id, message.id], note: "paged first" } } });
  return { ctx, drillId, definition, seqs: { failed: failed.id, alert: alert.id, message: message.id, note: note.id, edit: edit.id, hint: hint.id, guestMessage: guestMessage.id, deletion: deletion.id, escalation: escalation.id, ended: ended.id }, anaId: ana.participantId };
}

describe("the replay of an ended drill", () => {
  it("puts everything on one wall-time axis from the start, with the pause, the end and nothing of the review", async () => {
    const { ctx, drillId, seqs } = await replayedDrill();
    const replay = await getReplay({ ctx, input: { drillId } });
    expect(replay).toMatchObject({ audience: "staff", startedAt: new Date(START).toISOString(), endedAt: new Date(START + 20 * MIN).toISOString(), durationMs: 20 * MIN, pauses: [{ from: 4 * MIN, to: 7 * MIN }] });
    expect(replay.drill).toMatchObject({ id: drillId, status: "in_review", outcome: "mitigated", demo: false, exercise: null, publicTitle: expect.any(String) });
    expect(replay.events.at(-1)!.id).toBe(seqs.ended);
    const kinds = new Set(replay.events.map((event) => event.kind));
    for (const review of ["review.started", "answer.linked", "milestone.recorded"]) expect(kinds.has(review as never), review).toBe(review === "milestone.recorded");
    expect(replay.events.filter((event) => event.kind === "milestone.recorded" && event.body.afterTheFact)).toEqual([]);
    // The edit and the deletion are where they happened, after their message.
    const order = replay.events.map((event) => event.id);
    expect(order.indexOf(seqs.edit)).toBeGreaterThan(order.indexOf(seqs.message));
    expect(order.indexOf(seqs.deletion)).toBeGreaterThan(order.indexOf(seqs.guestMessage));
    expect(replay.marks.filter((mark) => mark.seq === seqs.edit || mark.seq === seqs.deletion)).toEqual([]);
  });

  it("draws the script, each person with their roster role, milestones, notes and the answer at known times", async () => {
    const { ctx, drillId, seqs, anaId, definition } = await replayedDrill();
    const replay = await getReplay({ ctx, input: { drillId } });
    expect(replay.lanes.map((lane) => [lane.id, lane.label, lane.detail])).toEqual([
      ["script", "Script", undefined],
      [`person:${anaId}`, "Ana Lee", "Active responder · API"],
      [expect.stringMatching(/^person:/), "Gus", undefined],
      ["person:fac-1", "Facilitator Fay", undefined],
      ["milestones", "Milestones", undefined],
      ["notes", "Observer notes", undefined],
      ["answer", "Model answer", undefined],
    ]);
    const mark = (seq: number) => replay.marks.find((entry) => entry.seq === seq && entry.lane !== "answer" && entry.lane !== "milestones");
    expect(mark(seqs.failed)).toEqual({ t: MIN, lane: "script", kind: "injection.failed", seq: seqs.failed, label: "Injection failed: Add latency to orders-db" });
    expect(mark(seqs.alert)).toMatchObject({ t: 2 * MIN, kind: "alert", label: `Alert fired: ${definition.alerts![1]!.title}` });
    expect(mark(seqs.message)).toMatchObject({ t: 3 * MIN, lane: `person:${anaId}`, kind: "message", label: expect.stringMatching(/^Ana Lee: Checking orders-db, the pool .{40,}…$/) });
    expect(replay.marks.find((entry) => entry.kind === "acknowledged")).toMatchObject({ t: 3 * MIN + 5_000, lane: `person:${anaId}` });
    expect(mark(seqs.hint)).toMatchObject({ t: 9 * MIN, kind: "hint", label: "Hint 2 released" });
    expect(mark(seqs.note)).toMatchObject({ t: 5 * MIN, lane: "notes", kind: "note" });
    expect(mark(seqs.escalation)).toMatchObject({ t: 14 * MIN, lane: "person:fac-1", kind: "escalated", label: "Facilitator Fay escalated to API" });
    expect(mark(seqs.ended)).toMatchObject({ t: 20 * MIN, kind: "end" });
    expect(replay.marks.find((entry) => entry.kind === "pause")).toMatchObject({ t: 4 * MIN, label: "Clock paused for 03:00" });

    expect(replay.milestones).toEqual([
      { milestone: "impact_identified", label: "Impact identified", t: 3 * MIN, offsetMs: 3 * MIN, source: "live", seq: seqs.message },
      // The acknowledgement at 3:05 recorded it; the correction moved it to T+04:30 on the clock: 7:30 of wall time, after the pause.
      { milestone: "acknowledged", label: "Acknowledged", t: 7 * MIN + 30_000, offsetMs: 4 * MIN + 30_000, source: "corrected", seq: null },
      { milestone: "mitigated", label: "Mitigated", t: 10 * MIN, offsetMs: 7 * MIN, source: "after_the_fact", seq: seqs.guestMessage },
      { milestone: "escalated", label: "Escalated", t: 14 * MIN, offsetMs: 11 * MIN, source: "live", seq: expect.any(Number) },
    ]);
    expect(replay.answer[0]).toEqual({ step: 0, text: definition.modelAnswer![0], verdict: "done", t: 3 * MIN, evidenceSeqs: [seqs.message, seqs.guestMessage], note: "paged first" });
    expect(replay.answer[1]).toMatchObject({ verdict: null, t: null, evidenceSeqs: [] });
  });

  it("can be read by observers, and by a share link without notes", async () => {
    const { ctx, drillId, seqs } = await replayedDrill();
    expect((await getReplay({ ctx: { actor: observer }, input: { drillId } })).events.some((event) => event.id === seqs.note)).toBe(true);
    const link = await createShareLink({ ctx, input: { drillId, data: { label: "leads", expiresInHours: 1 } } });
    const token = link.path.split("/").at(-1)!;
    const shared = await getSharedReplay({ ctx: { actor: anonymousActor, now: ctx.now }, input: { token } });
    expect(shared.audience).toBe("viewer");
    expect(shared.events.some((event) => event.kind === "note.added")).toBe(false);
    expect(shared.lanes.map((lane) => lane.id)).not.toContain("notes");
    expect(JSON.stringify(shared)).not.toContain("observer-secret");
    expect(shared.milestones).toHaveLength(4);
    await revokeShareLink({ ctx, input: { drillId, linkId: link.id } });
    expect(await rejectionOf(getSharedReplay({ ctx: { actor: anonymousActor, now: ctx.now }, input: { token } }))).toMatchObject({ status: 404 });
    expect(await rejectionOf(getSharedReplay({ ctx: { actor: anonymousActor }, input: { token: "not-a-link" } }))).toMatchObject({ status: 404 });
  });

  it("refuses an expired link, and a viewer of another drill", async () => {
    const { drillId } = await createRunningDrill();
    await endDrill({ ctx: staffCtx(), input: { drillId, data: { outcome: "failed" } } });
    const other = await createPlannedDrill();
    const link = await createShareLink({ ctx: staffCtx(), input: { drillId, data: { label: "leads", expiresInHours: 1 } } });
    const token = link.path.split("/").at(-1)!;
    const later = { actor: anonymousActor, now: () => new Date(Date.now() + 2 * 3_600_000) };
    expect(await rejectionOf(getSharedReplay({ ctx: later, input: { token } }))).toMatchObject({ status: 404 });
    const viewer: Actor = { type: "viewer", id: link.id, name: "leads", drillId };
    expect(await rejectionOf(getReplay({ ctx: { actor: viewer }, input: { drillId: other.drillId } }))).toMatchObject({ status: 403 });
  });
});

describe("who and what the replay refuses", () => {
  it("answers 409 until the drill has ended, 404 for a drill that does not exist, 422 for an id that cannot be one", async () => {
    const ctx = staffCtx();
    const planned = await createPlannedDrill();
    const running = await createRunningDrill();
    for (const drillId of [planned.drillId, running.drillId]) {
      const error = await rejectionOf(getReplay({ ctx, input: { drillId } }));
      expect(error).toMatchObject({ status: 409, message: "The replay opens once the drill has ended." });
    }
    for (const drillId of ["no-such-drill", "' OR 1=1 --", String(2 ** 31)]) expect(await rejectionOf(getReplay({ ctx, input: { drillId } }))).toMatchObject({ status: 404 });
    for (const drillId of ["a\u0000b", "x".repeat(10_000), ""]) expect(await rejectionOf(getReplay({ ctx, input: { drillId } }))).toMatchObject({ status: 422 });
  });

  it("gives participants, guests and anonymous callers nothing", async () => {
    const { drillId } = await createRunningDrill();
    await endDrill({ ctx: staffCtx(), input: { drillId, data: { outcome: "failed" } } });
    const participant: Actor = { type: "participant", id: "p-1", name: "Ana", drillId };
    const guest: Actor = { type: "guest", name: "Gus", drillId };
    expect(await rejectionOf(getReplay({ ctx: { actor: participant }, input: { drillId } }))).toMatchObject({ status: 403 });
    expect(await rejectionOf(getReplay({ ctx: { actor: guest }, input: { drillId } }))).toMatchObject({ status: 403 });
    expect(await rejectionOf(getReplay({ ctx: { actor: anonymousActor }, input: { drillId } }))).toMatchObject({ status: 401 });
  });
});
