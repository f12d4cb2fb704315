import { describe, expect, it } from "vitest";
import { chatHistories, messageAt } from "@/components/replay/chat-at";
import { isTextField, keyAction } from "@/components/replay/replay-keys";
import { buildReplayModel, listMoment } from "@/components/replay/replay-model";
import { axisTicks, clockLabel, indexAt, milestoneFrom, parseT, pauseAt, tParam, urlAt } from "@/components/replay/replay-time";
import { event, replayFixture, slackMessage } from "./replay-fixture";

const MIN = 60_000;
const press = (key: string, modifiers: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe("the index at the play head", () => {
  const times = [-5000, 0, 1000, 1000, 2500, 9000];
  it("counts the events at or before t", () => {
    expect(indexAt(times, -10_000)).toBe(0);
    expect(indexAt(times, -5000)).toBe(1);
    expect(indexAt(times, 999)).toBe(2);
    expect(indexAt(times, 1000)).toBe(4);
    expect(indexAt(times, 8999)).toBe(5);
    expect(indexAt(times, 9000)).toBe(6);
    expect(indexAt(times, Number.POSITIVE_INFINITY)).toBe(6);
    expect(indexAt([], 5)).toBe(0);
  });
  it("agrees with a linear count on 10,000 sorted moments", () => {
    const many = Array.from({ length: 10_000 }, (_, index) => Math.floor(index * 37.3));
    for (const t of [-1, 0, 37, 38, 186_500, 372_962, 1e9]) expect(indexAt(many, t)).toBe(many.filter((time) => time <= t).length);
  });
});

describe("a chat message at the play head", () => {
  const message = slackMessage(60_000, "100.1", "db is fine");
  const edit = event("chat.edited", 120_000, { ts: "100.1", messageSeq: null, text: "db is *not* fine", mentions: { U2: "Bob" } }, message.actor);
  const plusOne = event("chat.reaction", 90_000, { ts: "100.1", messageSeq: message.id, reaction: "eyes" }, message.actor);
  const plusTwo = event("chat.reaction", 100_000, { ts: "100.1", messageSeq: message.id, reaction: "eyes" }, message.actor);
  const minusOne = event("chat.reaction", 130_000, { ts: "100.1", messageSeq: message.id, reaction: "eyes", removed: true }, message.actor);
  const deleted = event("chat.deleted", 180_000, { ts: "100.1", messageSeq: message.id }, message.actor);
  const start = Date.parse("2026-03-02T10:00:00.000Z");
  const timed = [message, plusOne, plusTwo, edit, minusOne, deleted].map((e) => ({ event: e, t: Date.parse(e.at) - start }));
  const history = chatHistories(timed).get(message.id)!;

  it("has its first text before the edit, matched by Slack's ts, and the new one from the edit's moment", () => {
    expect(messageAt(history, 119_999)).toMatchObject({ exists: true, text: "db is fine", history: [], deleted: false });
    const after = messageAt(history, 120_000);
    expect(after.text).toBe("db is *not* fine");
    expect(after.history).toEqual([{ text: "db is fine", replacedAt: edit.at }]);
    expect(after.mentions).toEqual({ U2: "Bob" });
  });
  it("counts reactions only up to the play head", () => {
    expect(messageAt(history, 89_999).reactions).toEqual([]);
    expect(messageAt(history, 100_000).reactions).toEqual([{ name: "eyes", count: 2 }]);
    expect(messageAt(history, 130_000).reactions).toEqual([{ name: "eyes", count: 1 }]);
  });
  it("is deleted only from the deletion's moment", () => {
    expect(messageAt(history, 179_999).deleted).toBe(false);
    expect(messageAt(history, 180_000).deleted).toBe(true);
  });
  it("does not exist before it was posted", () => {
    expect(messageAt(history, 59_999).exists).toBe(false);
  });
  it("takes an edit stored before its message (Slack delivers concurrently) from the message's own moment", () => {
    const early = slackMessage(50_000, "200.1", "first");
    const editFirst = event("chat.edited", 40_000, { ts: "200.1", messageSeq: null, text: "second" }, early.actor);
    const histories = chatHistories([editFirst, early].map((e) => ({ event: e, t: Date.parse(e.at) - start })));
    expect(messageAt(histories.get(early.id)!, 50_000).text).toBe("second");
  });
  it("ignores edits of a message it does not have", () => {
    const stray = event("chat.edited", 10_000, { ts: "999.9", messageSeq: 123_456_789, text: "ghost" });
    expect(chatHistories([{ event: stray, t: 10_000 }]).size).toBe(0);
  });
});

describe("the drill clock at the play head", () => {
  const pauses = [{ from: 5 * MIN, to: 7 * MIN }];
  it("leaves pauses out, and says T- before the start", () => {
    expect(clockLabel(pauses, 4 * MIN)).toBe("T+04:00");
    expect(clockLabel(pauses, 6 * MIN)).toBe("T+05:00");
    expect(clockLabel(pauses, 10 * MIN)).toBe("T+08:00");
    expect(clockLabel(pauses, -30_000)).toBe("T-00:30");
    expect(clockLabel([], 62 * MIN + 3000)).toBe("T+1:02:03");
  });
  it("says when the play head is inside a pause", () => {
    expect(pauseAt(pauses, 5 * MIN)).toEqual(pauses[0]);
    expect(pauseAt(pauses, 7 * MIN)).toBeNull();
    expect(pauseAt(pauses, 4 * MIN)).toBeNull();
  });
  it("puts round ticks on the axis", () => {
    expect(axisTicks(30 * MIN)).toEqual([0, 5, 10, 15, 20, 25].map((minutes) => minutes * MIN));
    expect(axisTicks(28 * MIN)).toEqual([0, 5, 10, 15, 20, 25].map((minutes) => minutes * MIN));
    expect(axisTicks(26 * MIN)).toEqual([0, 5, 10, 15, 20].map((minutes) => minutes * MIN));
    expect(axisTicks(13_000)).toEqual([0, 5000, 10_000]);
    expect(axisTicks(0)).toEqual([0]);
    expect(axisTicks(100 * 60 * MIN).length).toBeLessThanOrEqual(11);
  });
});

describe("keys", () => {
  it("map to play, steps and milestone jumps", () => {
    expect(keyAction(press(" "))).toEqual({ type: "toggle" });
    expect(keyAction(press("ArrowLeft"))).toEqual({ type: "step", ms: -10_000 });
    expect(keyAction(press("ArrowRight", { shiftKey: true }))).toEqual({ type: "step", ms: 60_000 });
    expect(keyAction(press("ArrowLeft", { shiftKey: true }))).toEqual({ type: "step", ms: -60_000 });
    expect(keyAction(press("ArrowUp"))).toEqual({ type: "milestone", direction: "previous" });
    expect(keyAction(press("["))).toEqual({ type: "milestone", direction: "previous" });
    expect(keyAction(press("]"))).toEqual({ type: "milestone", direction: "next" });
    expect(keyAction(press("ArrowDown"))).toEqual({ type: "milestone", direction: "next" });
  });
  it("leave the browser's shortcuts and other keys alone", () => {
    expect(keyAction(press("ArrowLeft", { ctrlKey: true }))).toBeNull();
    expect(keyAction(press("[", { metaKey: true }))).toBeNull();
    expect(keyAction(press(" ", { altKey: true }))).toBeNull();
    expect(keyAction(press("k"))).toBeNull();
  });
  it("are left to text fields, not to buttons or the scrubber", () => {
    expect(isTextField({ tagName: "INPUT", type: "text" })).toBe(true);
    expect(isTextField({ tagName: "INPUT" })).toBe(true);
    expect(isTextField({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTextField({ tagName: "SELECT" })).toBe(true);
    expect(isTextField({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: "INPUT", type: "range" })).toBe(false);
    expect(isTextField({ tagName: "BUTTON" })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe("?t= in the address", () => {
  const duration = 30 * MIN;
  it("opens at that many seconds since the start", () => {
    expect(parseT("90", duration)).toBe(90_000);
    expect(parseT(" 12.5 ", duration)).toBe(12_500);
    expect(parseT("0", duration)).toBe(0);
  });
  it("clamps moments outside the drill", () => {
    expect(parseT("-5", duration)).toBe(0);
    expect(parseT("1e308", duration)).toBe(duration);
    expect(parseT("99999999999999999999", duration)).toBe(duration);
  });
  it("ignores what is not a number", () => {
    for (const raw of ["abc", "NaN", "Infinity", "-Infinity", "", "12abc", "0x10", "1\u00002", "1e999", null, undefined]) expect(parseT(raw, duration)).toBeNull();
  });
  it("is written in whole seconds, keeping the rest of the address", () => {
    expect(tParam(90_999)).toBe("90");
    expect(tParam(-3)).toBe("0");
    expect(urlAt("http://localhost:3000/drills/d1/replay?t=5&x=1#key", 61_000)).toBe("http://localhost:3000/drills/d1/replay?t=61&x=1#key");
  });
});

describe("milestone jumps", () => {
  const milestones = [{ t: 60_000 }, { t: 300_000 }, { t: 600_000 }];
  it("go to the previous and next milestone, past the one the play head is on", () => {
    expect(milestoneFrom(milestones, 0, "next")).toEqual({ t: 60_000 });
    expect(milestoneFrom(milestones, 60_000, "next")).toEqual({ t: 300_000 });
    expect(milestoneFrom(milestones, 300_000, "previous")).toEqual({ t: 60_000 });
    expect(milestoneFrom(milestones, 400_000, "previous")).toEqual({ t: 300_000 });
    expect(milestoneFrom(milestones, 600_000, "next")).toBeNull();
    expect(milestoneFrom(milestones, 60_000, "previous")).toBeNull();
  });
});

describe("the replay model", () => {
  const started = event("drill.started", 0, { briefing: "Checkout is failing", timeBoxMinutes: 45 });
  const note = event("note.added", 30_000, { text: "slow to page" });
  const alert = event("alert.fired", 45_000, { alertId: "a1", source: "pagerduty", severity: "critical", title: "Checkout 5xx", body: "" });
  const message = slackMessage(50_000, "300.1", "looking");
  const reaction = event("chat.reaction", 55_000, { ts: "300.1", messageSeq: message.id, reaction: "eyes" }, message.actor);
  const edit = event("chat.edited", 70_000, { ts: "300.1", messageSeq: message.id, text: "looking at db" }, message.actor);
  const ack = event("alert.acknowledged", 65_000, { alertId: "a1", title: "Checkout 5xx" }, { type: "participant", name: "Bob Lee" });
  const ended = event("drill.ended", 90_000, { outcome: "mitigated", note: "staff only note" });
  const view = replayFixture([started, note, alert, message, reaction, edit, ack, ended], {
    marks: [{ t: 30_000, lane: "notes", kind: "note", seq: note.id, label: "Note" }, { t: 45_000, lane: "script", kind: "alert", seq: alert.id, label: "Alert fired: Checkout 5xx" }, { t: 1, lane: "unknown", kind: "alert", seq: null, label: "?" }],
  });

  it("shows participants only what everyone saw, as they saw it, with edits folded into their message", () => {
    const model = buildReplayModel(view);
    expect(model.channel.rows.map((row) => row.event.kind)).toEqual(["drill.started", "alert.fired", "chat.message", "alert.acknowledged", "drill.ended"]);
    const end = model.channel.rows.at(-1)!.event;
    expect(end.kind === "drill.ended" && end.body.note).toBe("");
    expect(model.channel.rows[1]!.event.actor.name).toBe("drillroom");
    expect(model.channel.times).toEqual([0, 45_000, 50_000, 65_000, 90_000]);
  });
  it("shows facilitators every event but reactions, which sit on their message", () => {
    const model = buildReplayModel(view);
    expect(model.control.rows.map((row) => row.event.id)).toEqual([started, note, alert, message, ack, edit, ended].map((e) => e.id));
    expect(model.acknowledgements.get("a1")).toMatchObject({ t: 65_000, name: "Bob Lee" });
  });
  it("re-renders the lists only when the play head crosses an event", () => {
    const model = buildReplayModel(view);
    expect(listMoment(model.allTimes, indexAt(model.allTimes, 47_000))).toBe(45_000);
    expect(listMoment(model.allTimes, indexAt(model.allTimes, 49_999))).toBe(45_000);
    expect(listMoment(model.allTimes, 0)).toBe(Number.NEGATIVE_INFINITY);
  });
  it("groups marks by lane, and drops the notes lane for a share link's holder", () => {
    const staff = buildReplayModel(view);
    expect(staff.marksByLane.get("notes")).toHaveLength(1);
    expect(staff.marksByLane.get("script")).toHaveLength(1);
    expect(staff.marksByLane.has("unknown")).toBe(false);
    const viewer = buildReplayModel({ ...view, audience: "viewer" });
    expect(viewer.lanes.map((lane) => lane.kind)).not.toContain("notes");
    expect(viewer.marksByLane.has("notes")).toBe(false);
  });
});
