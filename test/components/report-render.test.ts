import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportDocument } from "@/components/review/report/report-document";
import { calendarDate, wallTime } from "@/components/review/report/format";
import { chartRows } from "@/components/review/report/milestone-chart";
import type { DrillReport } from "@/lib/review/report/types";
import type { Scorecard } from "@/lib/review/scorecard/types";
import { RETRO_TEXT, hotWash } from "../review/render/hot-wash-fixtures";

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

/** One report section's markup, by its id (sections are never nested). */
function section(html: string, id: string): string {
  const match = new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html);
  if (!match) throw new Error(`no section ${id}`);
  return match[0];
}

describe("the hot wash on the report page", () => {
  it("leaves the hot wash out of a report frozen before it", () => {
    const html = render(report({ sections: {} }));
    expect(html).not.toContain('id="survey"');
    expect(html).not.toContain("Retrospective");
    expect(html).not.toContain("Improvement plan");
  });

  it("shows the survey: each shown scale as a distribution, a hidden one said as such, comments by name or Anonymous", () => {
    const survey = section(render(report({ sections: hotWash() })), "survey");
    expect(text(survey)).toContain("5 answers, 2 anonymous");
    expect(survey).toContain('aria-label="How hard was it? 1: 0, 2: 1, 3: 2, 4: 2, 5: 0; average 3.2"');
    expect(text(survey)).toContain("2 answers so far: the distribution is shown from 3.");
    expect(text(survey)).toContain("Mina Park · gave 4 The pool metric was buried");
    expect(text(survey)).toContain("Anonymous Hard but fair");
    expect(text(survey)).toContain("Anonymous Shorter time box");
  });

  it("says nobody answered an empty survey", () => {
    const sections = { ...hotWash(), survey: { ...hotWash().survey, answers: 0, anonymous: 0, named: 0, questions: [] } };
    expect(text(section(render(report({ sections })), "survey"))).toContain("No answers: nobody answered the survey.");
  });

  it("gives each audience its own part, each to print on its own page, with its items, evidence and action items", () => {
    const html = render(report({ sections: hotWash() }));
    const everyone = section(html, "retro-everyone");
    expect(text(everyone)).toContain("Retrospective: Everyone");
    expect(text(everyone)).toContain("2 drafts were left out");
    expect(text(everyone)).toContain(RETRO_TEXT.strength);
    expect(text(everyone)).toContain("Acknowledged: Checkout p99 latency above 2s");
    expect(text(everyone)).toContain("Write the announce-first rule into the runbook");
    expect(text(everyone)).not.toContain(RETRO_TEXT.sre);
    const sre = section(html, "retro-facilitators");
    expect(text(sre)).toContain("Retrospective: Facilitating team (SRE)");
    expect(text(sre)).toContain("Fix the alert delay");
    expect(text(sre)).not.toContain("Review pool size changes");
    expect(text(section(html, "retro-team-database"))).toContain(RETRO_TEXT.database);
    expect(html.match(/print:break-before-page/g)).toHaveLength(3);
  });

  it("tables the improvement plan with tracker links and verification, and never links a tracker that is not http(s)", () => {
    const base = hotWash();
    const hostile = { ...base.plan.items[0]!, id: "a4", title: "<script>alert(1)</script>", trackerUrl: "javascript:alert(1)" };
    const plan = section(render(report({ sections: { ...base, plan: { items: [...base.plan.items, hostile] } } })), "plan");
    expect(plan).toContain('href="https://tracker.example.com/SRE-12"');
    expect(text(plan)).toContain("A later drill of Payments DB connection pool exhaustion, meeting its Acknowledged criterion");
    expect(text(plan)).toContain("Verified by January re-drill (14 Jan 2027)");
    expect(plan).not.toContain('href="javascript:');
    expect(plan).not.toContain("<script>");
    expect(plan).toContain("&lt;script&gt;");
  });
});
