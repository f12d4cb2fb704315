import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChannelMessage } from "@/components/channel/channel-message";
import { EndedSummary } from "@/components/drills/ended-summary";
import { starredSeqs } from "@/components/review/key-moments";
import { LifecycleBar } from "@/components/review/lifecycle-bar";
import { ReviewFacts } from "@/components/review/review-facts";
import { ScorecardPanel } from "@/components/review/scorecard-panel";
import type { DrillStatus } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import type { DebriefView } from "@/lib/review/debrief-view";
import type { Scorecard } from "@/lib/review/scorecard/types";
import type { TimelineEventView } from "@/lib/timeline/events";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");
const render = (element: ReactElement) => text(renderToStaticMarkup(createElement(QueryClientProvider, { client: new QueryClient() }, element)));

const scorecard: Scorecard = {
  outcome: "mitigated",
  reference: { from: "injection", offsetMs: 60_000, injectionStepId: "inj-1", firstAlertOffsetMs: 180_000 },
  times: [
    { key: "acknowledged", label: "Acknowledged", offsetMs: 300_000, fromReferenceMs: 240_000, fromFirstAlertMs: 120_000, source: "milestone", seq: 9, by: "Mina" },
    { key: "escalated", label: "Escalated", offsetMs: 780_000, fromReferenceMs: 720_000, fromFirstAlertMs: 600_000, source: "after_the_fact", seq: 14, by: "Facilitator" },
    { key: "recovered", label: "Recovered", offsetMs: null, fromReferenceMs: null, fromFirstAlertMs: null, source: null, seq: null, by: null },
  ],
  alerts: [{ alertId: "a1", title: "[P1] api-server 5xx", firedOffsetMs: 180_000, acknowledgedOffsetMs: 300_000, timeToAcknowledgeMs: 120_000, by: "Mina" }],
  hints: [{ hintId: "h1", number: 1, text: "Look at the cache", releasedOffsetMs: 600_000, early: false, next: { milestone: "escalated", label: "Escalated", afterMs: 180_000 } }],
  criteria: [
    { milestone: "acknowledged", label: "Acknowledged", withinMinutes: 5, limitMs: 300_000, measuredMs: 240_000, met: true },
    { milestone: "escalated", label: "Escalated", withinMinutes: 10, limitMs: 600_000, measuredMs: 720_000, met: false },
  ],
  objectives: [],
  timeBox: { minutes: 45, usedMs: 1_380_000, fraction: 1_380_000 / 2_700_000 },
  pausedMs: 0,
  rollbacks: [{ stepId: "inj-1", name: "Restore the cache network", offsetMs: 1_400_000, duringAbort: false, failed: false }],
  aborted: false,
  mistakes: [{ seq: 20, offsetMs: 900_000, aboutSeq: 18, text: "Restarted the wrong pods", by: "Observer" }],
  participation: { people: [{ name: "Mina", participantId: "p1", messages: 4, firstMessageOffsetMs: 200_000, firstResponseMs: 140_000 }], escalations: [{ team: "dba", people: ["Jun"], by: "Mina", offsetMs: 780_000, seq: 14 }] },
};

function drill(status: DrillStatus, extra: Partial<DrillView> = {}): DrillView {
  return {
    id: "d1",
    title: "API outage",
    publicTitle: "API errors",
    status,
    outcome: "mitigated",
    revealedAt: null,
    closedAt: null,
    scenarioId: "s1",
    revision: 1,
    createdAt: "2026-03-02T09:00:00.000Z",
    chatProvider: "builtin",
    clock: { startedAt: "2026-03-02T10:00:00.000Z", endedAt: "2026-03-02T10:23:00.000Z", pausedAt: null, pausedMs: 0, timeBoxMinutes: 45, serverNow: "2026-03-02T11:00:00.000Z" },
    ...extra,
  } as DrillView;
}

function debrief(extra: Partial<DebriefView> = {}): DebriefView {
  return { drillId: "d1", status: "in_review", outcome: "mitigated", revealedAt: null, closedAt: null, scorecard, modelAnswer: [], keyMoments: [], notes: [], pickedNotes: [], snapshot: null, ...extra };
}

describe("the scorecard", () => {
  const html = render(createElement(ScorecardPanel, { scorecard }));

  it("measures from the first injection and from the first alert", () => {
    expect(html).toMatch(/first injection/i);
    expect(html).toMatch(/first alert/i);
    // Acknowledged: 4:00 from the injection, 2:00 from the alert.
    expect(html).toContain("04:00");
    expect(html).toContain("02:00");
  });

  it("flags a milestone recorded after the fact, and says what never happened", () => {
    expect(html).toMatch(/recorded after the fact/i);
    expect(html).toMatch(/Recovered.*not reached/i);
  });

  it("gives each criterion its measured value against its limit, met or missed", () => {
    expect(html).toMatch(/Acknowledged 04:00 of 5 min met/i);
    expect(html).toMatch(/Escalated 12:00 of 10 min missed/i);
  });

  it("shows who acknowledged each alert, what each hint led to, the time box, rollbacks, mistakes and participation", () => {
    expect(html).toMatch(/\[P1\] api-server 5xx.*02:00.*Mina/);
    expect(html).toMatch(/Look at the cache.*Escalated 03:00 later/);
    expect(html).toMatch(/23:00 of 45 min/);
    expect(html).toContain("51%");
    expect(html).toContain("Restore the cache network");
    expect(html).toContain("Restarted the wrong pods");
    expect(html).toMatch(/Mina.*4 messages/);
    expect(html).toMatch(/dba.*Jun/);
  });

  it("says when times are measured from the start because no injection applied", () => {
    const fromStart = render(createElement(ScorecardPanel, { scorecard: { ...scorecard, reference: { from: "start", offsetMs: 0, injectionStepId: null, firstAlertOffsetMs: null } } }));
    expect(fromStart).toMatch(/from the start/i);
    expect(fromStart).toMatch(/no alert fired/i);
  });
});

describe("what the debrief says about itself", () => {
  it("says since when participants have seen the answer, and that they have not before the reveal", () => {
    expect(render(createElement(ReviewFacts, { drill: drill("in_review", { revealedAt: "2026-03-02T10:40:00.000Z" }), debrief: debrief({ revealedAt: "2026-03-02T10:40:00.000Z" }) }))).toMatch(/Participants have seen the answer since/);
    expect(render(createElement(ReviewFacts, { drill: drill("in_review"), debrief: debrief() }))).toMatch(/Participants have not seen the root cause/);
  });

  it("names the frozen report's hash once closed, and that a reopened drill's report is live again", () => {
    const snapshot = { id: 3, contentHash: "ab12cd34ef56".padEnd(64, "0"), closedAt: "2026-03-02T11:00:00.000Z", closedBy: "Facilitator" };
    const closed = render(createElement(ReviewFacts, { drill: drill("closed", { closedAt: snapshot.closedAt }), debrief: debrief({ status: "closed", snapshot }) }));
    expect(closed).toMatch(/This report is frozen \(sha256 ab12cd34ef56…\) since/);
    const reopened = render(createElement(ReviewFacts, { drill: drill("in_review"), debrief: debrief({ snapshot }) }));
    expect(reopened).not.toMatch(/This report is frozen/);
    expect(reopened).toMatch(/reopened/i);
  });
});

describe("the lifecycle bar offers only what the status allows", () => {
  const buttons = (status: DrillStatus, extra: Partial<DrillView> = {}, canRun = true) =>
    [...renderToStaticMarkup(createElement(QueryClientProvider, { client: new QueryClient() }, createElement(LifecycleBar, { drill: drill(status, extra), canRun }))).matchAll(/<button[^>]*>([^<]*)</g)].map((match) => match[1]);

  it("begins the review and reveals from an ended drill", () => {
    expect(buttons("mitigated")).toEqual(["Begin review", "Reveal answer to participants…"]);
  });

  it("closes in review, and no longer offers the reveal once revealed", () => {
    expect(buttons("in_review")).toEqual(["Reveal answer to participants…", "Close and freeze report…"]);
    expect(buttons("in_review", { revealedAt: "2026-03-02T10:40:00.000Z" })).toEqual(["Close and freeze report…"]);
  });

  it("only reopens a closed drill, and offers nothing to observers", () => {
    expect(buttons("closed", { revealedAt: "2026-03-02T10:40:00.000Z" })).toEqual(["Reopen…"]);
    expect(buttons("in_review", {}, false)).toEqual([]);
  });
});

describe("the header after the review began", () => {
  it("keeps the outcome", () => {
    const html = render(createElement(EndedSummary, { status: "in_review", outcome: "mitigated", clock: drill("in_review").clock }));
    expect(html).toMatch(/ended as mitigated/i);
  });
});

const event = (id: number, kind: string, body: unknown): TimelineEventView =>
  ({ id, kind, body, at: "2026-03-02T10:00:00.000Z", offsetMs: id * 1000, actor: { type: "user", name: "Facilitator" } }) as TimelineEventView;

describe("key moments", () => {
  it("takes the latest star per event from the timeline, in timeline order", () => {
    const events = [event(10, "moment.starred", { seq: 5, starred: true }), event(11, "moment.starred", { seq: 2, starred: true }), event(12, "moment.starred", { seq: 5, starred: false }), event(13, "moment.starred", { seq: 7, starred: true })];
    expect(starredSeqs(events)).toEqual([2, 7]);
  });
});

describe("the participants' reveal", () => {
  it("shows the root cause and every model-answer step as the answer", () => {
    const html = render(createElement(ChannelMessage, { event: event(30, "answer.revealed", { rootCause: "The segment cache lost its network", modelAnswer: ["Stop writing to the cache", "Serve configs without it"] }) }));
    expect(html).toMatch(/The answer/);
    expect(html).toContain("The segment cache lost its network");
    expect(html).toContain("Stop writing to the cache");
    expect(html).toContain("Serve configs without it");
  });
});
