import { describe, expect, it } from "vitest";
import { joinChannel } from "../../lib/channel/join-channel";
import { getChannelTimeline } from "../../lib/channel/channel-timeline";
import { postMessage } from "../../lib/channel/post-message";
import { anonymousActor } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { addNote } from "../../lib/drills/add-note";
import { endDrill } from "../../lib/drills/end";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { getDebrief } from "../../lib/review/get-debrief";
import { getReport, renderReport } from "../../lib/review/get-report";
import { linkAnswer } from "../../lib/review/link-answer";
import { pickNote } from "../../lib/review/pick-note";
import { rateObjective } from "../../lib/review/rate-objective";
import { recordAfterTheFact } from "../../lib/review/record-after-the-fact";
import { reopenDrill } from "../../lib/review/reopen";
import { revealAnswer } from "../../lib/review/reveal";
import { starMoment } from "../../lib/review/star-moment";
import { sha256 } from "../../lib/review/report/canonical";
import { getScenario } from "../../lib/scenarios/get";
import { updateScenario } from "../../lib/scenarios/update";
import { createRunningDrill, makeScenarioDefinition, marker, observer, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();
const OBJECTIVES = {
  successCriteria: [
    { milestone: "acknowledged" as const, withinMinutes: 10 },
    { milestone: "mitigated" as const, withinMinutes: 30 },
  ],
  objectives: [
    { id: "detect", name: "Detect", milestones: ["acknowledged" as const] },
    { id: "mitigate", name: "Mitigate", milestones: ["mitigated" as const, "escalated" as const] },
  ],
};

/** A drill run to mitigated: a participant spoke, acknowledged was pressed, escalated was forgotten. */
async function endedDrill() {
  const running = await createRunningDrill(OBJECTIVES);
  const joined = await joinChannel({ ctx: { actor: anonymousActor }, input: { token: running.channelToken, data: { displayName: "Mina" } } });
  const message = await postMessage({ ctx: { actor: anonymousActor }, input: { token: running.channelToken, secret: joined.secret, data: { text: "paging the DBA team about redis" } } });
  await recordMilestone({ ctx, input: { drillId: running.drillId, data: { milestone: "acknowledged" } } });
  const note = await addNote({ ctx: { actor: observer }, input: { drillId: running.drillId, data: { text: marker("observer-insight"), tags: ["good_call"] } } });
  await recordMilestone({ ctx, input: { drillId: running.drillId, data: { milestone: "mitigated" } } });
  await endDrill({ ctx, input: { drillId: running.drillId, data: { outcome: "mitigated" } } });
  return { ...running, messageSeq: message.id, noteSeq: note.id };
}

describe("the debrief lifecycle", () => {
  it("keeps the outcome through review, records a missed milestone at a past event, and flags it", async () => {
    const { drillId, messageSeq } = await endedDrill();
    await beginReview({ ctx, input: { drillId } });
    const drill = await prisma().drill.findUniqueOrThrow({ where: { id: drillId } });
    expect([drill.status, drill.outcome]).toEqual(["in_review", "mitigated"]);

    await recordAfterTheFact({ ctx, input: { drillId, data: { milestone: "escalated", evidenceSeq: messageSeq, reason: "nobody pressed it" } } });
    const row = await prisma().milestone.findUniqueOrThrow({ where: { drillId_milestone: { drillId, milestone: "escalated" } } });
    expect(row.afterTheFact).toBe(true);
    const message = await prisma().timelineEvent.findUniqueOrThrow({ where: { drillId_seq: { drillId, seq: messageSeq } } });
    expect(row.reachedOffsetMs).toBe(message.offsetMs);
    const escalated = (await getDebrief({ ctx, input: { drillId } })).scorecard.times.find((time) => time.key === "escalated")!;
    expect(escalated).toMatchObject({ source: "after_the_fact", seq: messageSeq, offsetMs: message.offsetMs });
    // Evidence is suggested from the drill itself, never from what the review wrote after the end.
    const ended = await prisma().timelineEvent.findFirstOrThrow({ where: { drillId, kind: "drill.ended" } });
    const candidates = (await getDebrief({ ctx, input: { drillId } })).modelAnswer.flatMap((step) => step.candidates.map((quote) => quote.seq));
    expect(candidates.filter((seq) => seq > ended.seq)).toEqual([]);
  });

  it("refuses an after-the-fact milestone outside review, at an event after the end, or without a reason", async () => {
    const { drillId, messageSeq } = await endedDrill();
    expect((await rejectionOf(recordAfterTheFact({ ctx, input: { drillId, data: { milestone: "escalated", evidenceSeq: messageSeq, reason: "late" } } }))).message).toMatch(/Cannot record a milestone after the fact: the drill has ended/);
    await beginReview({ ctx, input: { drillId } });
    const review = await prisma().timelineEvent.findFirstOrThrow({ where: { drillId, kind: "review.started" } });
    const afterEnd = await rejectionOf(recordAfterTheFact({ ctx, input: { drillId, data: { milestone: "escalated", evidenceSeq: review.seq, reason: "late" } } }));
    expect(afterEnd).toMatchObject({ status: 422, problems: [{ path: "evidenceSeq", message: expect.stringMatching(/after the drill ended/) }] });
    expect(await rejectionOf(recordAfterTheFact({ ctx, input: { drillId, data: { milestone: "escalated", evidenceSeq: messageSeq, reason: "  " } } }))).toMatchObject({ status: 422 });
    expect(await prisma().milestone.count({ where: { drillId, milestone: "escalated" } })).toBe(0);
  });

  it("rates objectives against the suggestion with a reason, keeping the history", async () => {
    const { drillId } = await endedDrill();
    const before = (await getDebrief({ ctx, input: { drillId } })).scorecard.objectives.find((objective) => objective.id === "detect")!;
    await rateObjective({ ctx, input: { drillId, objectiveId: "detect", data: { rating: "M", reason: "acknowledged by luck" } } });
    await rateObjective({ ctx, input: { drillId, objectiveId: "detect", data: { rating: "S", reason: "on second thought" } } });
    const after = (await getDebrief({ ctx, input: { drillId } })).scorecard.objectives.find((objective) => objective.id === "detect")!;
    expect(after.suggested).toBe(before.suggested);
    expect(after.rating).toBe("S");
    expect(after.override).toMatchObject({ rating: "S", reason: "on second thought" });
    expect(after.history.map((change) => change.rating)).toEqual(["M", "S"]);
    expect(await rejectionOf(rateObjective({ ctx, input: { drillId, objectiveId: "no-such", data: { rating: "P", reason: "x" } } }))).toMatchObject({ status: 404 });
    expect(await rejectionOf(rateObjective({ ctx: { actor: observer }, input: { drillId, objectiveId: "detect", data: { rating: "P", reason: "x" } } }))).toMatchObject({ status: 403 });
  });

  it("links model-answer steps to what happened, and refuses notes, other drills' events and steps that do not exist", async () => {
    const { drillId, messageSeq, noteSeq } = await endedDrill();
    await linkAnswer({ ctx, input: { drillId, step: 0, data: { verdict: "done", evidenceSeqs: [messageSeq, messageSeq] } } });
    const [first] = (await getDebrief({ ctx, input: { drillId } })).modelAnswer;
    expect(first).toMatchObject({ verdict: "done", doneBy: ["Mina"] });
    expect(first!.evidence.map((quote) => quote.seq)).toEqual([messageSeq]);
    expect(await rejectionOf(linkAnswer({ ctx, input: { drillId, step: 1, data: { verdict: "done", evidenceSeqs: [noteSeq] } } }))).toMatchObject({ status: 422, problems: [{ path: "evidenceSeqs.0" }] });
    expect(await rejectionOf(linkAnswer({ ctx, input: { drillId, step: 1, data: { verdict: "done", evidenceSeqs: [99_999] } } }))).toMatchObject({ status: 422 });
    expect(await rejectionOf(linkAnswer({ ctx, input: { drillId, step: 7, data: { verdict: "not_done" } } }))).toMatchObject({ status: 422, problems: [{ path: "step" }] });
  });

  it("lets observers star moments and pick notes, once each, but not reveal or close", async () => {
    const { drillId, messageSeq, noteSeq } = await endedDrill();
    const watcher = { actor: observer };
    expect((await starMoment({ ctx: watcher, input: { drillId, seq: messageSeq, data: { starred: true } } })).event).not.toBeNull();
    expect((await starMoment({ ctx: watcher, input: { drillId, seq: messageSeq, data: { starred: true } } })).event).toBeNull();
    await pickNote({ ctx: watcher, input: { drillId, seq: noteSeq, data: { picked: true } } });
    expect(await rejectionOf(pickNote({ ctx: watcher, input: { drillId, seq: messageSeq, data: { picked: true } } }))).toMatchObject({ status: 422 });
    const debrief = await getDebrief({ ctx: watcher, input: { drillId } });
    expect([debrief.keyMoments, debrief.pickedNotes]).toEqual([[messageSeq], [noteSeq]]);
    expect(await rejectionOf(revealAnswer({ ctx: watcher, input: { drillId } }))).toMatchObject({ status: 403 });
    expect(await rejectionOf(beginReview({ ctx: watcher, input: { drillId } }))).toMatchObject({ status: 403 });
  });
});

describe("what participants see", () => {
  it("never the scorecard, notes or review; the root cause and model answer only once revealed, once", async () => {
    const { drillId, channelToken, messageSeq, noteSeq } = await endedDrill();
    await beginReview({ ctx, input: { drillId } });
    await starMoment({ ctx, input: { drillId, seq: messageSeq, data: { starred: true } } });
    await pickNote({ ctx, input: { drillId, seq: noteSeq, data: { picked: true } } });
    await rateObjective({ ctx, input: { drillId, objectiveId: "detect", data: { rating: "P", reason: "quick" } } });
    const definition = makeScenarioDefinition();
    const seen = async () => JSON.stringify(await getChannelTimeline({ ctx: { actor: anonymousActor }, input: { token: channelToken } }));
    const before = await seen();
    for (const hidden of ["answer.revealed", "objective.rated", "moment.starred", "note.picked", "review.started", "note.added", "observer-insight"]) expect(before).not.toContain(hidden);
    expect(before).not.toContain(definition.rootCause.slice(0, 20));

    await revealAnswer({ ctx, input: { drillId } });
    const after = await seen();
    expect(after).toContain("answer.revealed");
    const drill = await prisma().drill.findUniqueOrThrow({ where: { id: drillId }, select: { script: true, revealedAt: true } });
    expect(after).toContain((drill.script as { rootCause: string }).rootCause);
    expect(drill.revealedAt).not.toBeNull();
    for (const hidden of ["objective.rated", "note.added", "observer-insight"]) expect(after).not.toContain(hidden);
    expect(await rejectionOf(revealAnswer({ ctx, input: { drillId } }))).toMatchObject({ status: 409 });

    const participant = { actor: { type: "participant" as const, id: "p-1", name: "Mina", drillId } };
    expect(await rejectionOf(getDebrief({ ctx: participant, input: { drillId } }))).toMatchObject({ status: 403 });
    expect(await rejectionOf(getReport({ ctx: participant, input: { drillId } }))).toMatchObject({ status: 403 });
  });
});

describe("the close", () => {
  it("freezes the report: a scenario edit after the close leaves every format byte-identical; reopening is audited", async () => {
    const { drillId, scenario, messageSeq } = await endedDrill();
    await beginReview({ ctx, input: { drillId } });
    await starMoment({ ctx, input: { drillId, seq: messageSeq, data: { starred: true } } });
    expect((await getReport({ ctx, input: { drillId } })).final).toBe(false);
    expect(await rejectionOf(closeDrill({ ctx: { actor: observer }, input: { drillId } }))).toMatchObject({ status: 403 });
    const { contentHash } = await closeDrill({ ctx, input: { drillId } });
    const frozen = await Promise.all((["json", "markdown", "pdf"] as const).map((format) => renderReport({ ctx, input: { drillId, format } })));
    expect(sha256(frozen[0]!.body as string)).toBe(contentHash);
    expect(JSON.parse(frozen[0]!.body as string)).toMatchObject({ final: true, drill: { status: "closed", outcome: "mitigated" }, keyMoments: [{ seq: messageSeq }] });
    expect((frozen[2]!.body as Buffer).subarray(0, 5).toString()).toBe("%PDF-");

    const current = await getScenario({ ctx, input: { id: scenario.id } });
    await updateScenario({ ctx, input: { id: scenario.id, baseRevision: current.revision, definition: { ...makeScenarioDefinition(OBJECTIVES), title: marker("Renamed after the close") } } });
    await prisma().timelineEvent.updateMany({ where: { drillId, seq: messageSeq }, data: { at: new Date("2030-01-01T00:00:00Z") } });
    const later = await Promise.all((["json", "markdown", "pdf"] as const).map((format) => renderReport({ ctx, input: { drillId, format } })));
    expect(later.map((rendered) => Buffer.from(rendered.body))).toEqual(frozen.map((rendered) => Buffer.from(rendered.body)));
    expect(await rejectionOf(starMoment({ ctx, input: { drillId, seq: messageSeq, data: { starred: false } } }))).toMatchObject({ status: 409 });

    expect(await rejectionOf(reopenDrill({ ctx, input: { drillId, data: { reason: "" } } }))).toMatchObject({ status: 422 });
    await reopenDrill({ ctx, input: { drillId, data: { reason: "the escalation was missed" } } });
    const audit = await prisma().auditEntry.findFirstOrThrow({ where: { action: "drill.reopened", targetId: drillId } });
    expect(audit.detail).toMatchObject({ reason: "the escalation was missed" });
    expect((await getReport({ ctx, input: { drillId } })).final).toBe(false);
    await closeDrill({ ctx, input: { drillId } });
    expect(await prisma().reportSnapshot.count({ where: { drillId } })).toBe(2);
  });

  it("cannot close an ended drill whose review has not begun", async () => {
    const { drillId } = await endedDrill();
    expect((await rejectionOf(closeDrill({ ctx, input: { drillId } }))).message).toMatch(/Cannot close the drill: the drill has ended/);
  });
});
