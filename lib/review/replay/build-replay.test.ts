import { describe, expect, it } from "vitest";
import type { ActorView, EventBodies, EventKind, TimelineEventView } from "../../timeline/events";
import { AUDIENCE } from "../../timeline/events";
import { buildReplay, type ReplaySource } from "./build-replay";
import type { ReplayRoster } from "./people";

const MIN = 60_000;
const START = Date.UTC(2026, 10, 24, 10);
const FAY: ActorView = { type: "facilitator", id: "user-fay", name: "Fay" };
const OZ: ActorView = { type: "observer", id: "user-oz", name: "Oz" };
const SYSTEM: ActorView = { type: "system", id: null, name: "drillroom" };
const ana: ActorView = { type: "participant", id: "p-ana", name: "Ana" };
const guest: ActorView = { type: "participant", id: "p-guest", name: "Gus" };

/** A timeline on wall time: `t` is ms since the start, and the drill clock stops while paused. */
class WallTimeline {
  readonly events: TimelineEventView[] = [];
  private pausedMs = 0;
  private pausedAt: number | null = null;

  add<K extends EventKind>(kind: K, t: number, body: EventBodies[K], actor: ActorView = FAY): Extract<TimelineEventView, { kind: K }> {
    if (kind === "drill.resumed" && this.pausedAt !== null) {
      this.pausedMs += t - this.pausedAt;
      this.pausedAt = null;
    }
    const offsetMs = t < 0 ? null : (this.pausedAt ?? t) - this.pausedMs;
    if (kind === "drill.paused") this.pausedAt = t;
    const event = { id: this.events.length + 1, drillId: "drill-1", kind, audience: AUDIENCE[kind], at: new Date(START + t).toISOString(), offsetMs, actor, ref: null, body };
    this.events.push(event as unknown as TimelineEventView);
    return event as unknown as Extract<TimelineEventView, { kind: K }>;
  }

  say(t: number, who: ActorView, text: string, extra: Partial<EventBodies["chat.message"]> = {}) {
    return this.add("chat.message", t, { participantId: who.id!, text, ...extra }, who);
  }
}

const ROSTER: ReplayRoster = {
  members: [
    { id: "m-ana", name: "Ana Lee", role: "incident_commander", team: "API", email: "ana@example.com", slackId: null },
    { id: "m-fay", name: "Fay", role: "facilitator", team: null, email: "FAY@example.com", slackId: null },
  ],
  participants: [
    { id: "p-ana", rosterMemberId: "m-ana", provider: "builtin", externalId: null },
    { id: "p-guest", rosterMemberId: null, provider: "builtin", externalId: null },
  ],
  staff: [{ id: "user-fay", email: "fay@example.com" }],
};

function source(timeline: WallTimeline, overrides: Partial<ReplaySource> = {}): ReplaySource {
  return {
    drill: { id: "drill-1", title: "Tuesday", publicTitle: "API errors", scenarioTitle: "Redis", status: "in_review", outcome: "mitigated", timeBoxMinutes: 45, demo: false, exercise: null },
    audience: "staff",
    startedAt: new Date(START),
    endedAt: null,
    modelAnswer: ["Declare the incident.", "Bypass the cache.", "Page SRE."],
    events: timeline.events,
    roster: ROSTER,
    ...overrides,
  };
}

/** A drill with a pause from 4:00 to 7:00, ending at 20:00, and a review after it. */
function drill() {
  const timeline = new WallTimeline();
  const created = timeline.add("drill.created", -5 * MIN, { title: "Tuesday", revision: 1 });
  timeline.add("drill.started", 0, { briefing: "Go", timeBoxMinutes: 45 });
  const joined = timeline.add("participant.joined", 10_000, { participantId: "p-ana", displayName: "Ana" }, ana);
  const failed = timeline.add("injection.executed", MIN, { stepId: "inj-1", name: "Slow the cache", note: "", method: "webhook", result: { outcome: "failed", error: "500" } });
  const alert = timeline.add("alert.fired", 2 * MIN, { alertId: "a-1", source: "pagerduty", severity: "critical", title: "5xx above 5%", body: "" }, SYSTEM);
  const message = timeline.say(3 * MIN, ana, `Looking at it now, ${"very ".repeat(30)}slow`);
  const ack = timeline.add("alert.acknowledged", 3 * MIN + 5_000, { alertId: "a-1", title: "5xx above 5%", via: "channel" }, ana);
  timeline.add("drill.paused", 4 * MIN, {});
  const note = timeline.add("note.added", 5 * MIN, { text: "They paused to regroup", tags: ["insight"] }, OZ);
  timeline.add("drill.resumed", 7 * MIN, { pausedForMs: 3 * MIN });
  const edit = timeline.add("chat.edited", 8 * MIN, { ts: "", messageSeq: message.id, text: "edited" }, ana);
  timeline.add("chat.reaction", 8 * MIN + 1, { ts: "", messageSeq: message.id, reaction: "eyes" }, guest);
  const hint = timeline.add("hint.released", 9 * MIN, { hintId: "h-1", number: 2, text: "Threads" }, SYSTEM);
  const guestSays = timeline.say(10 * MIN, guest, "me too");
  const mitigated = timeline.add("milestone.recorded", 12 * MIN, { milestone: "mitigated", note: "", evidenceSeq: guestSays.id });
  timeline.add("milestone.recorded", 13 * MIN, { milestone: "acknowledged", note: "" });
  timeline.add("milestone.corrected", 14 * MIN, { milestone: "acknowledged", fromOffsetMs: 10 * MIN, toOffsetMs: 4 * MIN + 30_000, reason: "heard it" });
  const escalated = timeline.add("team.escalated", 15 * MIN, { team: "SRE", people: ["Sam"] });
  const ended = timeline.add("drill.ended", 20 * MIN, { outcome: "mitigated", note: "" });
  const deleted = timeline.add("chat.deleted", 19 * MIN, { ts: "", messageSeq: guestSays.id }, guest); // Slack delivered it late
  timeline.add("chat.message", 21 * MIN, { participantId: "p-ana", text: "thanks all" }, ana);
  timeline.add("review.started", 25 * MIN, {});
  timeline.add("milestone.recorded", 26 * MIN, { milestone: "escalated", note: "", evidenceSeq: escalated.id, afterTheFact: true, reason: "forgot" });
  timeline.add("answer.linked", 27 * MIN, { step: 1, verdict: "done_differently", evidenceSeqs: [guestSays.id, message.id, message.id], note: "restart first" });
  timeline.add("retro.changed", 28 * MIN, { change: "added", itemId: "r1", text: "x", category: "strength", audience: "everyone" });
  return { timeline, created, joined, failed, alert, message, ack, note, edit, hint, guestSays, mitigated, escalated, ended, deleted };
}

describe("buildReplay", () => {
  it("spans the start to the end, with the pause as a t range", () => {
    const replay = buildReplay(source(drill().timeline));
    expect([replay.startedAt, replay.endedAt, replay.durationMs]).toEqual([new Date(START).toISOString(), new Date(START + 20 * MIN).toISOString(), 20 * MIN]);
    expect(replay.pauses).toEqual([{ from: 4 * MIN, to: 7 * MIN }]);
  });

  it("keeps the drill's events up to the end, edits and late deletions at their own seq, and none of the review", () => {
    const d = drill();
    const kinds = buildReplay(source(d.timeline)).events.map((event) => event.kind);
    expect(kinds).toContain("chat.edited");
    expect(kinds).toContain("chat.deleted");
    expect(kinds.filter((kind) => kind === "chat.message")).toHaveLength(2); // "thanks all" came after the end
    for (const review of ["review.started", "answer.linked", "retro.changed"]) expect(kinds).not.toContain(review);
    const seqs = buildReplay(source(d.timeline)).events.map((event) => event.id);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs.at(-1)).toBe(d.deleted.id);
  });

  it("draws lanes in a stable order: script, people as they first appear, milestones, notes, answer", () => {
    const replay = buildReplay(source(drill().timeline));
    expect(replay.lanes).toEqual([
      { id: "script", kind: "script", label: "Script" },
      { id: "person:p-ana", kind: "person", label: "Ana", detail: "Incident commander · API" },
      { id: "person:p-guest", kind: "person", label: "Gus" },
      { id: "person:user-fay", kind: "person", label: "Fay", detail: "Facilitator" },
      { id: "milestones", kind: "milestones", label: "Milestones" },
      { id: "notes", kind: "notes", label: "Observer notes" },
      { id: "answer", kind: "answer", label: "Model answer" },
    ]);
  });

  it("labels one mark per drawn thing, none per edit or reaction", () => {
    const d = drill();
    const replay = buildReplay(source(d.timeline));
    const bySeq = (seq: number) => replay.marks.filter((mark) => mark.seq === seq && mark.lane !== "milestones" && mark.lane !== "answer");
    expect(bySeq(d.failed.id)).toEqual([{ t: MIN, lane: "script", kind: "injection.failed", seq: d.failed.id, label: "Injection failed: Slow the cache" }]);
    expect(bySeq(d.alert.id)[0]).toMatchObject({ kind: "alert", label: "Alert fired: 5xx above 5%" });
    expect(bySeq(d.hint.id)[0]).toMatchObject({ kind: "hint", label: "Hint 2 released" });
    expect(bySeq(d.ack.id)[0]).toMatchObject({ lane: "person:p-ana", kind: "acknowledged", label: "Ana acknowledged: 5xx above 5%" });
    expect(bySeq(d.escalated.id)[0]).toMatchObject({ lane: "person:user-fay", kind: "escalated", label: "Fay escalated to SRE" });
    expect(bySeq(d.joined.id)[0]).toMatchObject({ kind: "joined", label: "Ana joined" });
    expect(bySeq(d.note.id)[0]).toMatchObject({ lane: "notes", kind: "note", label: "Note by Oz: They paused to regroup" });
    const message = bySeq(d.message.id)[0]!;
    expect(message.label).toBe(`Ana: ${d.message.body.text.slice(0, 80).trimEnd()}…`);
    expect(bySeq(d.edit.id)).toEqual([]);
    expect(replay.marks.filter((mark) => mark.kind === "pause")).toEqual([{ t: 4 * MIN, lane: "script", kind: "pause", seq: expect.any(Number), label: "Clock paused for 03:00" }]);
    expect(replay.marks.at(-1)).toEqual({ t: 20 * MIN, lane: "script", kind: "end", seq: d.ended.id, label: "Drill ended: mitigated" });
    const ts = replay.marks.map((mark) => mark.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
  });

  it("places milestones where the scorecard counts them: evidence, a correction across the pause, after the fact", () => {
    const d = drill();
    const { milestones } = buildReplay(source(d.timeline));
    expect(milestones).toEqual([
      // Corrected to clock 4:30, which the clock read at 7:30 (after the pause from 4:00 to 7:00).
      { milestone: "acknowledged", label: "Acknowledged", t: 7 * MIN + 30_000, offsetMs: 4 * MIN + 30_000, source: "corrected", seq: null },
      { milestone: "mitigated", label: "Mitigated", t: 10 * MIN, offsetMs: 7 * MIN, source: "live", seq: d.guestSays.id },
      { milestone: "escalated", label: "Escalated", t: 15 * MIN, offsetMs: 12 * MIN, source: "after_the_fact", seq: d.escalated.id },
    ]);
  });

  it("places each model-answer step at its earliest evidence, and none without evidence", () => {
    const d = drill();
    const { answer, marks } = buildReplay(source(d.timeline));
    expect(answer[0]).toEqual({ step: 0, text: "Declare the incident.", verdict: null, t: null, evidenceSeqs: [], note: "" });
    expect(answer[1]).toEqual({ step: 1, text: "Bypass the cache.", verdict: "done_differently", t: 3 * MIN, evidenceSeqs: [d.message.id, d.guestSays.id], note: "restart first" });
    expect(marks.filter((mark) => mark.lane === "answer")).toEqual([{ t: 3 * MIN, lane: "answer", kind: "answer", seq: d.message.id, label: "Step 2 (done differently): Bypass the cache." }]);
  });

  it("shows a share link's viewer no notes and no notes lane", () => {
    const replay = buildReplay(source(drill().timeline, { audience: "viewer" }));
    expect(replay.events.some((event) => event.kind === "note.added")).toBe(false);
    expect(replay.lanes.map((lane) => lane.id)).not.toContain("notes");
    expect(replay.marks.some((mark) => mark.kind === "note")).toBe(false);
    expect(JSON.stringify(replay)).not.toContain("They paused to regroup");
  });

  it("gives people off the roster a hashed, URL-safe lane id and bots a detail", () => {
    const timeline = new WallTimeline();
    timeline.add("drill.started", 0, { briefing: "Go", timeBoxMinutes: 45 });
    timeline.add("chat.message", MIN, { participantId: "", text: "deploy done", botId: "B1" } as EventBodies["chat.message"], { type: "participant", id: null, name: "Deploy bot / ci" });
    timeline.add("drill.ended", 2 * MIN, { outcome: "failed", note: "" });
    const { lanes, marks } = buildReplay(source(timeline));
    expect(lanes[1]).toMatchObject({ kind: "person", label: "Deploy bot / ci", detail: "bot", id: expect.stringMatching(/^person:~[0-9a-f]{8}$/) });
    expect(marks.at(-1)).toMatchObject({ kind: "end", label: "Drill ended: failed" });
  });

  it("times a drill aborted before it started from its end", () => {
    const timeline = new WallTimeline();
    timeline.add("drill.created", -MIN, { title: "x", revision: 1 });
    timeline.add("drill.ended", 0, { outcome: "aborted", note: "" });
    const replay = buildReplay(source(timeline, { startedAt: null }));
    expect([replay.durationMs, replay.pauses, replay.events.length]).toEqual([0, [], 2]);
  });
});
