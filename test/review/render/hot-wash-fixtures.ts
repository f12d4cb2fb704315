import type { ReportActionItem, ReportRetroItem, ReportSections } from "../../../lib/review/report/types";
import type { SurveyQuestionResult, SurveyResults } from "../../../lib/survey/results";
import { at, quote } from "./fixtures";

/** A hot wash built by hand for the renderers: five answers (two anonymous), a retrospective for three audiences and a plan. */

const MIN = 60_000;

function scale(id: string, prompt: string, low: string, high: string, distribution: number[] | null, answered: number): SurveyQuestionResult {
  const total = distribution?.reduce((sum, count) => sum + count, 0) ?? 0;
  const average = distribution && total ? Math.round((distribution.reduce((sum, count, index) => sum + count * (index + 1), 0) / total) * 100) / 100 : null;
  return { id, kind: "scale", prompt, source: "standard", low, high, answered, shown: distribution !== null, distribution, average, comments: [] };
}

export function survey(): SurveyResults {
  return {
    answers: 5,
    anonymous: 2,
    named: 3,
    minimumShown: 3,
    questions: [
      { ...scale("difficulty", "How hard was it?", "Far too easy", "Far too hard", [0, 1, 2, 2, 0], 5), comments: [{ text: "The pool metric was buried", by: "Mina Park", score: 4 }, { text: "Hard but fair", by: null, score: null }] },
      scale("usefulness", "How useful was it?", "Not useful", "Very useful", [0, 0, 0, 1, 4], 5),
      scale("enjoyment", "How enjoyable was it?", "Not at all", "Very", [0, 0, 1, 3, 1], 5),
      { ...scale("scenario.runbook", "Did the runbook help?", "No", "Yes", null, 2) },
      { id: "change", kind: "text", prompt: "What would you change?", source: "standard", low: null, high: null, answered: 3, shown: true, distribution: null, average: null, comments: [{ text: "Page the DB team sooner", by: "Joon Kim", score: null }, { text: "Shorter time box", by: null, score: null }] },
      { id: "keep", kind: "text", prompt: "One thing to keep", source: "standard", low: null, high: null, answered: 0, shown: false, distribution: null, average: null, comments: [] },
    ],
  };
}

function item(id: string, audience: string, audienceLabel: string, category: ReportRetroItem["category"], text: string, overrides: Partial<ReportRetroItem> = {}): ReportRetroItem {
  return { id, category, audience, audienceLabel, text, detail: "", evidence: [], fromNotes: 0, ...overrides };
}

function action(id: string, audience: string, audienceLabel: string, title: string, overrides: Partial<ReportActionItem> = {}): ReportActionItem {
  return {
    id,
    title,
    description: "",
    owner: "Mina Park",
    dueDate: "2027-01-15",
    priority: "high",
    status: "open",
    category: "tooling",
    audience,
    audienceLabel,
    trackerUrl: null,
    fromRetro: null,
    verify: null,
    verifiedBy: null,
    ...overrides,
  };
}

export const RETRO_TEXT = {
  strength: "Acknowledged the page within a minute",
  improvement: "Restarted the primary without telling the channel",
  sre: "The latency alert fired two minutes late",
  database: "Pool size changes need a review",
  lesson: "Announce risky actions first",
} as const;

export function hotWash(overrides: { retroText?: string; actionTitle?: string } = {}): Required<ReportSections> {
  const ack = quote(14, 6 * MIN + 7_000, "Mina Park", "alert.acknowledged", "Acknowledged: Checkout p99 latency above 2s");
  return {
    survey: survey(),
    retro: {
      items: [
        item("r1", "everyone", "Everyone", "strength", RETRO_TEXT.strength, { evidence: [ack], fromNotes: 1, detail: "Mina said so in the channel." }),
        item("r2", "everyone", "Everyone", "improvement", overrides.retroText ?? RETRO_TEXT.improvement, { fromNotes: 2 }),
        item("r3", "everyone", "Everyone", "lesson", RETRO_TEXT.lesson),
        item("r4", "facilitators", "Facilitating team (SRE)", "improvement", RETRO_TEXT.sre),
        item("r5", "team:database", "database", "improvement", RETRO_TEXT.database),
      ],
      draftsLeftOut: 2,
    },
    plan: {
      items: [
        action("a1", "everyone", "Everyone", overrides.actionTitle ?? "Write the announce-first rule into the runbook", { priority: "medium", category: "planning", fromRetro: RETRO_TEXT.lesson }),
        action("a2", "facilitators", "Facilitating team (SRE)", "Fix the alert delay", {
          owner: "Facilitator Han",
          trackerUrl: "https://tracker.example.com/SRE-12",
          verify: { scenarioId: "scn-1", scenarioTitle: "Payments DB connection pool exhaustion", milestone: "acknowledged", milestoneLabel: "Acknowledged" },
        }),
        action("a3", "team:database", "database", "Review pool size changes", {
          owner: "Dana Lee",
          dueDate: null,
          status: "done",
          category: "organisation",
          verify: { scenarioId: "scn-1", scenarioTitle: "Payments DB connection pool exhaustion", milestone: null, milestoneLabel: null },
          verifiedBy: { drillId: "drill-9", title: "January re-drill", at: at(40 * 24 * 60 * MIN) },
        }),
      ],
    },
  };
}

export const KOREAN_RETRO = "장애 공지를 먼저 하고 재시작하자";
