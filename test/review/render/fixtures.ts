import type { DrillReport, EventQuote, ExerciseReport, ReportNote } from "../../../lib/review/report/types";
import type { Scorecard } from "../../../lib/review/scorecard/types";

/** Hand-built reports for the renderers: no database, every figure chosen here so a test can look for it. */

const MIN = 60_000;
const START = Date.parse("2026-12-05T05:00:00Z"); // 14:00 in Seoul

export const at = (offsetMs: number): string => new Date(START + offsetMs).toISOString();

/** Text that would break Markdown or inject HTML if it went through unescaped. */
export const HOSTILE = "pipes | and *stars* # hash `tick` <script>alert(1)</script>\nsecond line [link](javascript:x)";

export function quote(seq: number, offsetMs: number, actor: string, kind: string, text: string): EventQuote {
  return { seq, offsetMs, at: at(offsetMs), kind, actor, text };
}

export function englishScorecard(): Scorecard {
  return {
    outcome: "mitigated",
    reference: { from: "injection", offsetMs: 2 * MIN, injectionStepId: "latency-injection", firstAlertOffsetMs: 4 * MIN },
    times: [
      { key: "first_response", label: "First response", offsetMs: 5 * MIN, fromReferenceMs: 3 * MIN, fromFirstAlertMs: MIN, source: "timeline", seq: 12, by: "Mina Park" },
      { key: "acknowledged", label: "Acknowledged", offsetMs: 6 * MIN + 7_000, fromReferenceMs: 4 * MIN + 7_000, fromFirstAlertMs: 2 * MIN + 7_000, source: "timeline", seq: 14, by: "Mina Park" },
      { key: "escalated", label: "Escalated", offsetMs: 12 * MIN, fromReferenceMs: 10 * MIN, fromFirstAlertMs: 8 * MIN, source: "milestone", seq: 30, by: "Mina Park" },
      { key: "impact_identified", label: "Impact identified", offsetMs: 15 * MIN, fromReferenceMs: 13 * MIN, fromFirstAlertMs: 11 * MIN, source: "after_the_fact", seq: 41, by: "Dana Lee" },
      { key: "mitigation_started", label: "Mitigation started", offsetMs: 20 * MIN, fromReferenceMs: 18 * MIN, fromFirstAlertMs: 16 * MIN, source: "corrected", seq: 52, by: "Joon Kim" },
      { key: "mitigated", label: "Mitigated", offsetMs: 31 * MIN, fromReferenceMs: 29 * MIN, fromFirstAlertMs: 27 * MIN, source: "milestone", seq: 70, by: "Joon Kim" },
      { key: "root_cause_identified", label: "Root cause identified", offsetMs: null, fromReferenceMs: null, fromFirstAlertMs: null, source: null, seq: null, by: null },
      { key: "recovered", label: "Recovered", offsetMs: null, fromReferenceMs: null, fromFirstAlertMs: null, source: null, seq: null, by: null },
    ],
    alerts: [
      { alertId: "p99", title: "Checkout p99 latency above 2s", firedOffsetMs: 4 * MIN, acknowledgedOffsetMs: 6 * MIN + 7_000, timeToAcknowledgeMs: 2 * MIN + 7_000, by: "Mina Park" },
      { alertId: "errors", title: "Payment error rate 5%", firedOffsetMs: 9 * MIN, acknowledgedOffsetMs: null, timeToAcknowledgeMs: null, by: null },
    ],
    hints: [
      { hintId: "h1", number: 1, text: "Look at the connection pool dashboard.", releasedOffsetMs: 14 * MIN, early: false, next: { milestone: "impact_identified", label: "Impact identified", afterMs: MIN } },
      { hintId: "h2", number: 2, text: "The pool size changed in yesterday's deploy.", releasedOffsetMs: 25 * MIN, early: true, next: null },
    ],
    criteria: [
      { milestone: "acknowledged", label: "Acknowledged", withinMinutes: 5, limitMs: 5 * MIN, measuredMs: 4 * MIN + 7_000, met: true },
      { milestone: "mitigated", label: "Mitigated", withinMinutes: 25, limitMs: 25 * MIN, measuredMs: 29 * MIN, met: false },
      { milestone: "root_cause_identified", label: "Root cause identified", withinMinutes: 40, limitMs: 40 * MIN, measuredMs: null, met: false },
    ],
    objectives: [
      {
        id: "detect",
        name: "Detect",
        derived: false,
        milestones: [{ milestone: "acknowledged", label: "Acknowledged", reachedOffsetMs: 6 * MIN + 7_000 }],
        criteria: [],
        suggested: "P",
        because: "Every criterion was met early.",
        rating: "P",
        override: null,
        history: [],
      },
      {
        id: "mitigate",
        name: "Mitigate",
        derived: false,
        milestones: [{ milestone: "mitigated", label: "Mitigated", reachedOffsetMs: 31 * MIN }],
        criteria: [],
        suggested: "M",
        because: "Mitigated 4 minutes past its limit.",
        rating: "S",
        override: { rating: "S", reason: "The limit was tight for a first drill.", by: "Facilitator Han", at: at(50 * MIN), seq: 90 },
        history: [{ rating: "S", reason: "The limit was tight for a first drill.", by: "Facilitator Han", at: at(50 * MIN), seq: 90 }],
      },
    ],
    timeBox: { minutes: 45, usedMs: 31 * MIN, fraction: 31 / 45 },
    pausedMs: 2 * MIN,
    rollbacks: [{ stepId: "latency-injection", name: "Remove the latency toxic", offsetMs: 33 * MIN, duringAbort: false, failed: false }],
    aborted: false,
    mistakes: [{ seq: 45, offsetMs: 16 * MIN, aboutSeq: 44, text: "Restarted the primary database without telling the channel.", by: "Observer Choi" }],
    participation: {
      people: [
        { name: "Mina Park", participantId: "p1", messages: 14, firstMessageOffsetMs: 5 * MIN, firstResponseMs: 3 * MIN },
        { name: "Joon Kim", participantId: "p2", messages: 9, firstMessageOffsetMs: 8 * MIN, firstResponseMs: 6 * MIN },
      ],
      escalations: [{ team: "database", people: ["Dana Lee"], by: "Mina Park", offsetMs: 12 * MIN, seq: 30 }],
    },
  };
}

function note(seq: number, offsetMs: number, author: string, text: string, tags: string[], about: EventQuote | null): ReportNote {
  return { seq, offsetMs, at: at(offsetMs), author, text, tags, about };
}

export function englishReport(overrides: Partial<DrillReport> = {}): DrillReport {
  const ack = quote(14, 6 * MIN + 7_000, "Mina Park", "alert.acknowledged", "Acknowledged: Checkout p99 latency above 2s");
  const pool = quote(41, 15 * MIN, "Dana Lee", "chat.message", "Connection pool at 100% on payments-db.\nWaiting queries: 212");
  return {
    kind: "drill",
    version: 1,
    final: true,
    generatedAt: at(60 * MIN),
    timeZone: "Asia/Seoul",
    drill: {
      id: "drill-en",
      title: "Checkout latency game day",
      publicTitle: "Checkout is slow",
      status: "closed",
      outcome: "mitigated",
      scenarioId: "scn-1",
      scenarioTitle: "Payments DB connection pool exhaustion",
      revision: 3,
      difficulty: "intermediate",
      environment: { name: "staging", protected: false },
      components: ["payments-api", "payments-db"],
      designers: ["Facilitator Han"],
      chatProvider: "slack",
      startedAt: at(0),
      endedAt: at(31 * MIN),
      closedAt: at(60 * MIN),
      revealedAt: at(35 * MIN),
      timeBoxMinutes: 45,
      exercise: { id: "ex-1", name: "December game day", date: "2026-12-05" },
    },
    scenario: {
      summary: "The payments database runs out of connections after a deploy.",
      rootCause: "A deploy lowered the pool size from 50 to 5.",
      expectedImpact: "Checkout requests time out for most users.",
    },
    summary: ["Mitigated in 29:00 from the first injection, 4:00 past the 25 min limit.", "2 of 3 success criteria… 1 of 3 met."],
    roster: [
      { name: "Mina Park", role: "incident_commander", team: null },
      { name: "Joon Kim", role: "active_responder", team: null },
      { name: "Dana Lee", role: "escalation_responder", team: "database" },
    ],
    scorecard: englishScorecard(),
    keyMoments: [ack, pool],
    modelAnswer: [
      { step: 0, text: "Acknowledge the page and open an incident.", verdict: "done", evidence: [ack], doneAtOffsetMs: ack.offsetMs, doneBy: ["Mina Park"], note: "" },
      { step: 1, text: "Check the connection pool saturation.", verdict: "done_differently", evidence: [pool], doneAtOffsetMs: pool.offsetMs, doneBy: ["Dana Lee"], note: "Found through the DB team, not the dashboard." },
      { step: 2, text: "Roll back the deploy that changed the pool size.", verdict: "not_done", evidence: [], doneAtOffsetMs: null, doneBy: [], note: "" },
    ],
    notes: [note(45, 16 * MIN, "Observer Choi", "Restarted the primary database without telling the channel.", ["mistake"], pool)],
    sections: {},
    ...overrides,
  };
}

/** Scenario, chat, notes and model answer in Korean, as the story's team writes them. */
export const KOREAN = {
  title: "결제 서비스 장애 대응 훈련",
  scenarioTitle: "결제 데이터베이스 연결 풀 고갈",
  chat: "결제 DB 연결 풀이 가득 찼습니다",
  note: "채널에 알리지 않고 기본 DB를 재시작했습니다",
  answerStep: "연결 풀 크기를 바꾼 배포를 롤백한다",
  rootCause: "배포에서 연결 풀 크기가 50에서 5로 줄었다",
} as const;

export function koreanReport(): DrillReport {
  const base = englishReport();
  const chat = quote(41, 15 * 60_000, "박민아", "chat.message", KOREAN.chat);
  return {
    ...base,
    drill: { ...base.drill, id: "drill-ko", title: KOREAN.title, publicTitle: "결제가 느립니다", scenarioTitle: KOREAN.scenarioTitle, designers: ["한진행"] },
    scenario: { summary: "배포 후 결제 데이터베이스의 연결이 부족해진다.", rootCause: KOREAN.rootCause, expectedImpact: "대부분의 사용자 결제 요청이 시간 초과된다." },
    summary: ["첫 주입부터 29분 만에 완화했습니다."],
    roster: [
      { name: "박민아", role: "incident_commander", team: null },
      { name: "이다나", role: "escalation_responder", team: "데이터베이스" },
    ],
    keyMoments: [chat],
    modelAnswer: [
      { step: 0, text: "경보를 확인하고 인시던트를 연다", verdict: "done", evidence: [chat], doneAtOffsetMs: chat.offsetMs, doneBy: ["박민아"], note: "" },
      { step: 1, text: KOREAN.answerStep, verdict: "not_done", evidence: [], doneAtOffsetMs: null, doneBy: [], note: "" },
    ],
    notes: [note(45, 16 * 60_000, "관찰자 최", KOREAN.note, ["mistake"], chat)],
  };
}

/** A drill of `events` timeline events, most of them starred, quoted as evidence or noted: the big report of the benchmark. */
export function largeReport(events: number, longMessageChars = 0): DrillReport {
  const base = englishReport();
  const quotes = Array.from({ length: events }, (_, index) =>
    quote(index + 1, index * 1_500, `Responder ${index % 12}`, index % 5 === 0 ? "alert.acknowledged" : "chat.message", `Message ${index + 1}: checking shard ${index % 40}, latency ${(index * 7) % 900} ms, 연결 ${index % 9}`),
  );
  if (longMessageChars > 0) quotes[3] = { ...quotes[3]!, text: `A very long message: ${"the pool is exhausted again and again ".repeat(Math.ceil(longMessageChars / 38))}`.slice(0, longMessageChars) };
  const keyMoments = quotes.filter((_, index) => index % 10 === 0 || index === 3);
  const notes = quotes.filter((_, index) => index % 8 === 0).map((about) => note(about.seq + 0.5, about.offsetMs ?? 0, "Observer Choi", `About ${about.text}`, ["insight"], about));
  return {
    ...base,
    drill: { ...base.drill, id: `drill-large-${events}`, title: `Large drill of ${events} events` },
    keyMoments,
    notes,
    modelAnswer: Array.from({ length: 12 }, (_, step) => {
      const first = (step * 20) % events;
      return {
        step,
        text: `Step ${step + 1} of the model answer`,
        verdict: "done" as const,
        evidence: quotes.slice(first, first + 5),
        doneAtOffsetMs: quotes[first]!.offsetMs,
        doneBy: [quotes[first]!.actor],
        note: "",
      };
    }),
  };
}

export function exerciseReport(): ExerciseReport {
  const first = englishReport();
  const second = englishReport({
    final: false,
    drill: { ...first.drill, id: "drill-2", title: "Cache stampede drill", status: "in_review", outcome: "failed", scenarioTitle: "Segment cache outage", closedAt: null },
    scorecard: { ...englishScorecard(), outcome: "failed" },
  });
  return {
    kind: "exercise",
    version: 1,
    generatedAt: at(120 * 60_000),
    timeZone: "Asia/Seoul",
    exercise: { id: "ex-1", name: "December game day", date: "2026-12-05", description: "Four scenarios, one team, one day." },
    drills: [
      { id: "drill-en", title: first.drill.title, scenarioTitle: first.drill.scenarioTitle, status: "closed", outcome: "mitigated", final: true, durationMs: 31 * 60_000, timeBoxMinutes: 45, criteriaMet: 1, criteriaTotal: 3, ratings: [{ id: "detect", name: "Detect", rating: "P" }, { id: "mitigate", name: "Mitigate", rating: "S" }], timeToMitigateMs: 29 * 60_000, timeToAcknowledgeMs: 4 * 60_000 + 7_000, summary: ["Mitigated, 4:00 past the limit."], survey: { answers: 5, difficulty: 3.2, usefulness: 4.8, enjoyment: 4 } },
      { id: "drill-2", title: "Cache stampede drill", scenarioTitle: "Segment cache outage", status: "in_review", outcome: "failed", final: false, durationMs: 45 * 60_000, timeBoxMinutes: 45, criteriaMet: 0, criteriaTotal: 3, ratings: [{ id: "detect", name: "Detect", rating: "S" }, { id: "mitigate", name: "Mitigate", rating: "U" }], timeToMitigateMs: null, timeToAcknowledgeMs: 9 * 60_000, summary: ["Not mitigated within the time box."], survey: { answers: 2, difficulty: null, usefulness: null, enjoyment: null } },
    ],
    totals: { drills: 2, byOutcome: { mitigated: 1, failed: 1 }, criteriaMet: 1, criteriaTotal: 6, ratings: { P: 1, S: 2, M: 0, U: 1 } },
    plan: { items: [] },
    reports: [first, second],
  };
}
