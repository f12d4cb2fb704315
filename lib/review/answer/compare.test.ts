import { describe, expect, it } from "vitest";
import { FACILITATOR, handBuiltScript, min, participant, TimelineBuilder } from "../scorecard/hand-built-timeline";
import { compareModelAnswer, quoteEvent } from "./compare";

const alice = participant("Alice");
const bob = participant("Bob");
const script = handBuiltScript();

describe("the model answer against what happened", () => {
  it("leaves every step uncompared until someone links it", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    expect(compareModelAnswer(script, timeline.events)).toEqual(
      script.modelAnswer.map((text, step) => ({ step, text, verdict: null, evidence: [], doneAtOffsetMs: null, doneBy: [], note: "" })),
    );
  });

  it("takes the latest comparison of each step, quotes its evidence in timeline order, done at the earliest by its people", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    const flag = timeline.say(min(12), bob, "flipping segment-cache bypass flag");
    const confirm = timeline.say(min(11), alice, "ok to bypass the cache?");
    const again = timeline.say(min(13), alice, "bypass is on");
    timeline.end(min(30), "mitigated");
    timeline.add("answer.linked", min(40), { step: 1, verdict: "done_differently", evidenceSeqs: [flag.id], note: "first try" });
    timeline.add("answer.linked", min(41), { step: 1, verdict: "done", evidenceSeqs: [again.id, flag.id, confirm.id, 999], note: "with a check first" });
    timeline.add("answer.linked", min(42), { step: 3, verdict: "not_done", evidenceSeqs: [], note: "nobody escalated" });
    timeline.add("answer.linked", min(43), { step: 7, verdict: "done", evidenceSeqs: [flag.id], note: "no such step" });
    const [declare, bypass, restart, escalate] = compareModelAnswer(script, timeline.events);
    expect(declare?.verdict).toBeNull();
    expect(bypass).toEqual({
      step: 1,
      text: "Bypass the segment cache with the runtime flag.",
      verdict: "done",
      evidence: [quoteEvent(flag), quoteEvent(confirm), quoteEvent(again)],
      doneAtOffsetMs: min(11),
      doneBy: ["Alice", "Bob"],
      note: "with a check first",
    });
    expect(restart?.verdict).toBeNull();
    expect(escalate).toMatchObject({ verdict: "not_done", evidence: [], doneAtOffsetMs: null, doneBy: [], note: "nobody escalated" });
  });

  it("says a step done differently was still done, when and by whom", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    const restart = timeline.say(min(20), bob, "rolling restart of api-server");
    timeline.add("answer.linked", min(40), { step: 2, verdict: "done_differently", evidenceSeqs: [restart.id], note: "restarted before cutting the dependency" }, FACILITATOR);
    expect(compareModelAnswer(script, timeline.events)[2]).toMatchObject({ verdict: "done_differently", doneAtOffsetMs: min(20), doneBy: ["Bob"] });
  });
});

describe("quoting an event in one line", () => {
  it("says what each kind of event was, with the person who did it", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    const message = timeline.say(min(1), alice, "  5xx\nclimbing\n\n  fast ");
    const injection = timeline.inject(min(2), "inj-1", "failed");
    const ack = timeline.acknowledge(min(3), "alert-5xx", bob);
    const milestone = timeline.record(min(4), "mitigated", { note: "errors gone", afterTheFact: true, reason: "forgot" });
    const escalation = timeline.add("team.escalated", min(5), { team: "SRE", people: ["Sam", "Kim"] }, alice);
    const rollback = timeline.add("rollback.executed", min(6), { stepId: "inj-1", name: "Slow the cache", note: "", during: "abort" });
    const hint = timeline.add("hint.released", min(7), { hintId: "h", number: 2, text: "Look at I/O." });
    const unknown = timeline.addUnknown("chat.huddle", min(8));
    expect(quoteEvent(message)).toEqual({ seq: message.id, offsetMs: min(1), at: message.at, kind: "chat.message", actor: "Alice", text: "5xx climbing fast" });
    expect(quoteEvent(injection).text).toBe('Injection "Step inj-1" failed');
    expect(quoteEvent(ack).text).toBe('Acknowledged "Alert alert-5xx"');
    expect(quoteEvent(milestone).text).toBe("Mitigated: errors gone (recorded after the fact: forgot)");
    expect(quoteEvent(escalation).text).toBe("Escalated to SRE (Sam, Kim)");
    expect(quoteEvent(rollback).text).toBe('Rolled back "Slow the cache" during the abort');
    expect(quoteEvent(hint).text).toBe("Hint 2: Look at I/O.");
    expect(quoteEvent(unknown)).toMatchObject({ kind: "chat.huddle", text: "chat.huddle" });
  });

  it("cuts a very long message to one readable line", () => {
    const timeline = new TimelineBuilder();
    const text = quoteEvent(timeline.say(min(1), alice, "word ".repeat(500))).text;
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text.endsWith("…")).toBe(true);
  });
});
