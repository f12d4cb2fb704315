import { describe, expect, it } from "vitest";
import { FACILITATOR, min, OBSERVER, participant, TimelineBuilder } from "../scorecard/hand-built-timeline";
import { suggestEvidence } from "./compare";

const alice = participant("Alice");
const bob = participant("Bob");
const minji = participant("김민지", "p-minji");

describe("suggesting evidence for a model-answer step", () => {
  it("ranks what happened by the words it shares with the step, best first, at most `limit`", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.say(min(1), alice, "looking at dashboards");
    const partial = timeline.say(min(2), bob, "should we restart api-server?");
    const best = timeline.say(min(3), alice, "Rolling RESTART of API-server now, the dependency is cut");
    const milestone = timeline.record(min(4), "mitigation_started", { note: "restart after cutting the dependency" });
    expect(suggestEvidence("Restart api-server after the dependency is cut.", timeline.events).map((quote) => quote.seq)).toEqual([best.id, milestone.id, partial.id]);
    expect(suggestEvidence("Restart api-server after the dependency is cut.", timeline.events, 1).map((quote) => quote.seq)).toEqual([best.id]);
  });

  it("matches inflected words by their stem: restarted for restart", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    const restarted = timeline.say(min(2), bob, "restarted the pods");
    expect(suggestEvidence("Restart api-server", timeline.events).map((quote) => quote.seq)).toEqual([restarted.id]);
  });

  it("never suggests notes or the review's own events, nor events that share nothing", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.add("note.added", min(2), { text: "they should escalate to SRE" }, OBSERVER);
    const escalation = timeline.add("team.escalated", min(3), { team: "SRE", people: ["Sam"] }, alice);
    timeline.say(min(4), bob, "lunch?");
    timeline.end(min(20), "mitigated");
    timeline.add("answer.linked", min(30), { step: 3, verdict: "done", evidenceSeqs: [escalation.id], note: "escalate to SRE by minute 10" }, FACILITATOR);
    timeline.add("objective.rated", min(31), { objectiveId: "escalate", rating: "P", suggested: "P", reason: "escalated to SRE" }, FACILITATOR);
    expect(suggestEvidence("Escalate to SRE by minute 10.", timeline.events).map((quote) => quote.seq)).toEqual([escalation.id]);
  });

  it("considers injections, rollbacks, acknowledgements and milestones, not alerts or hints", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.fire(min(1), "cache", "cache timeouts");
    timeline.add("hint.released", min(2), { hintId: "h", number: 1, text: "cache client timeouts" });
    const ack = timeline.add("alert.acknowledged", min(3), { alertId: "cache", title: "cache timeouts" }, alice);
    const rollback = timeline.add("rollback.executed", min(4), { stepId: "inj-1", name: "Remove the cache toxic", note: "" });
    const kinds = suggestEvidence("Check the cache timeouts", timeline.events, 10).map((quote) => quote.seq);
    expect(kinds.sort()).toEqual([ack.id, rollback.id].sort());
  });

  it("works on Korean text, whose particles stick to the words", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.say(min(1), alice, "대시보드 보는 중");
    const flag = timeline.say(min(2), minji, "캐시 우회 플래그 켰습니다");
    const restart = timeline.say(min(3), bob, "서버 재시작할까요?");
    const mixed = timeline.say(min(4), bob, "api-server 로그 확인");
    expect(suggestEvidence("캐시 우회 플래그를 켜서 의존성을 끊는다", timeline.events).map((quote) => quote.seq)).toEqual([flag.id]);
    expect(suggestEvidence("의존성을 끊은 뒤에 재시작한다", timeline.events).map((quote) => quote.seq)).toEqual([restart.id]);
    expect(suggestEvidence("api-server를 확인한다", timeline.events).map((quote) => quote.seq)).toEqual([mixed.id]);
  });

  it("weighs a word few events share over one most of them share", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    for (let minute = 1; minute <= 5; minute += 1) timeline.say(min(minute), alice, `api-server still failing ${minute}`);
    const rare = timeline.say(min(6), bob, "thread dump shows blocked threads");
    expect(suggestEvidence("Take a thread dump of api-server", timeline.events, 1).map((quote) => quote.seq)).toEqual([rare.id]);
  });
});
