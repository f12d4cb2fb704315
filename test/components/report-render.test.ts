import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportDocument } from "@/components/review/report/report-document";
import { calendarDate, wallTime } from "@/components/review/report/format";
import { chartRows } from "@/components/review/report/milestone-chart";
import type { DrillReport } from "@/lib/review/report/types";
import type { Scorecard } from "@/lib/review/scorecard/types";

const MIN = 60_000;

function scorecard(): Scorecard {
  return {
    outcome: "mitigated",
    reference: { from: "injection", offsetMs: MIN, injectionStepId: "inj-1", firstAlertOffsetMs: 3 * MIN },
    times: [
      { key: "acknowledged", label: "Acknowledged", offsetMs: 5 * MIN, fromReferenceMs: 4 * MIN, fromFirstAlertMs: 2 * MIN, source: "timeline", seq: 7, by: "민지" },
      { key: "mitigated", label: "Mitigated", offsetMs: 41 * MIN, fromReferenceMs: 40 * MIN, fromFirstAlertMs: 38 * MIN, source: "after_the_fact", seq: 30, by: "Sam" },
    ],
    alerts: [],
    hints: [],
    criteria: [
      { milestone: "acknowledged", label: "Acknowledged", withinMinutes: 5, limitMs: 5 * MIN, measuredMs: 4 * MIN, met: true },
      { milestone: "mitigated", label: "Mitigated", withinMinutes: 30, limitMs: 30 * MIN, measuredMs: 40 * MIN, met: false },
    ],
    objectives: [
      {
        id: "detect",
        name: "Detect",
        derived: false,
        milestones: [{ milestone: "acknowledged", label: "Acknowledged", reachedOffsetMs: 5 * MIN }],
        criteria: [],
        suggested: "P",
        because: "every criterion met early",
        rating: "S",
        override: { rating: "S", reason: "the page was acknowledged by luck", by: "Facilitator", at: "2026-03-02T11:00:00.000Z", seq: 40 },
        history: [],
      },
    ],
    timeBox: { minutes: 45, usedMs: 41 * MIN, fraction: 41 / 45 },
    pausedMs: 0,
    rollbacks: [],
    aborted: false,
    mistakes: [],
    participation: { people: [], escalations: [] },
  };
}

function report(overrides: Partial<DrillReport> = {}): DrillReport {
  return {
    kind: "drill",
    version: 1,
    final: false,
    generatedAt: "2026-03-02T11:30:00.000Z",
    timeZone: "Asia/Seoul",
    drill: {
      id: "d1",
      title: "Redis 장애 훈련",
      publicTitle: "API errors",
      status: "in_review",
      outcome: "mitigated",
      scenarioId: "s1",
      scenarioTitle: "Segment cache black hole",
      revision: 3,
      difficulty: "advanced",
      environment: { name: "stage", protected: false },
      components: ["api-server"],
      designers: ["Jiwon"],
      chatProvider: "builtin",
      startedAt: "2026-03-02T10:00:00.000Z",
      endedAt: "2026-03-02T10:41:00.000Z",
      closedAt: null,
      revealedAt: null,
      timeBoxMinutes: 45,
      exercise: null,
    },
    scenario: { summary: "<script>alert(1)</script>", rootCause: "캐시 네트워크 단절", expectedImpact: "" },
    summary: ["Mitigated in 40:00."],
    roster: [{ name: "민지", role: "incident_commander", team: null }],
    scorecard: scorecard(),
    keyMoments: [],
    modelAnswer: [{ step: 0, text: "Bypass the cache", verdict: "done", evidence: [{ seq: 12, offsetMs: 20 * MIN, at: "2026-03-02T10:20:00.000Z", kind: "chat.message", actor: "Sam", text: "bypass flag on" }], doneAtOffsetMs: 20 * MIN, doneBy: ["Sam"], note: "" }],
    notes: [],
    sections: {},
    ...overrides,
  };
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const render = (value: DrillReport, staff = true) =>
  renderToStaticMarkup(createElement(ReportDocument, { report: value, staff, urls: { json: "/r", markdown: "/r/markdown", pdf: "/r/pdf" } }));

describe("the report page", () => {
  it("says a report in review is a draft, and a closed one is final with the day it was frozen", () => {
    expect(text(render(report()))).toContain("Draft: the drill is still in review");
    const closed = report({ final: true, drill: { ...report().drill, status: "closed", closedAt: "2026-03-02T12:00:00.000Z" } });
    const html = text(render(closed));
    expect(html).toContain("Final report, frozen");
    expect(html).toContain("21:00");
    expect(html).not.toContain("Draft:");
  });

  it("shows wall times in the report's zone and names it", () => {
    const html = text(render(report()));
    expect(html).toContain("Asia/Seoul");
    expect(html).toContain("19:00");
    expect(html).not.toMatch(/\b10:00\b/);
    expect(wallTime("2026-03-02T10:00:00.000Z", "America/New_York", "time")).toBe("05:00");
  });

  it("renders user text as text, Korean included", () => {
    const html = render(report());
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(text(html)).toContain("캐시 네트워크 단절");
    expect(text(html)).toContain("Redis 장애 훈련");
  });

  it("shows criteria met and missed, an override's reason, and an after-the-fact milestone", () => {
    const html = text(render(report()));
    expect(html).toContain("1 of 2 met");
    expect(html).toContain("the page was acknowledged by luck");
    expect(html).toContain("after the fact");
    expect(html).toContain("bypass flag on");
  });

  it("links to staff pages only for staff", () => {
    expect(render(report(), true)).toContain('href="/scenarios/s1"');
    expect(render(report(), false)).not.toContain('href="/scenarios/s1"');
    expect(render(report(), false)).not.toContain('href="/drills/d1"');
  });

  it("charts each criterion's measured time against its limit, in minutes", () => {
    expect(chartRows(scorecard())).toEqual([
      { label: "Acknowledged", measured: 4, limit: 5, met: true },
      { label: "Mitigated", measured: 40, limit: 30, met: false },
    ]);
    const withoutCriteria = { ...scorecard(), criteria: [] };
    expect(chartRows(withoutCriteria).map((row) => [row.label, row.measured, row.limit])).toEqual([
      ["Acknowledged", 4, null],
      ["Mitigated", 40, null],
    ]);
  });

  it("shows an exercise's day as written, whatever the zone", () => {
    expect(calendarDate("2026-03-02")).toBe("2 Mar 2026");
  });
});
