import type { AnswerVerdict } from "../../drill-model/debrief";
import type { DrillOutcome, DrillStatus } from "../../drill-model/state-machine";
import type { Scorecard } from "../scorecard/types";
import type { ActionCategory, ActionPriority, ActionStatus, RetroCategory } from "../../drill-model/hot-wash";
import type { SurveyResults } from "../../survey/results";

/** A timeline event as the report quotes it: who, when, and what it said, in one line. */
export interface EventQuote {
  seq: number;
  offsetMs: number | null;
  at: string;
  kind: string;
  actor: string;
  text: string;
}

/** One step of the model answer against what happened. `verdict` null: nobody has compared it yet. */
export interface AnswerStepComparison {
  step: number;
  text: string;
  verdict: AnswerVerdict | null;
  evidence: EventQuote[];
  /** The earliest evidence: when the step was done, and by whom. */
  doneAtOffsetMs: number | null;
  doneBy: string[];
  note: string;
}

export interface ReportNote {
  seq: number;
  offsetMs: number | null;
  at: string;
  author: string;
  text: string;
  tags: string[];
  about: EventQuote | null;
}

/**
 * A drill's report. While the drill is in review it is computed on every read (`final: false`); the close freezes
 * it (`final: true`) and stores it with a hash, and from then on the stored one is served byte for byte.
 */
export interface DrillReport {
  kind: "drill";
  version: 1;
  final: boolean;
  /** When it was made: the close, for a frozen report. */
  generatedAt: string;
  /** The team's IANA time zone: every wall time in the renderings is shown in it. */
  timeZone: string;
  drill: {
    id: string;
    title: string;
    publicTitle: string;
    status: DrillStatus;
    outcome: DrillOutcome | null;
    scenarioId: string;
    scenarioTitle: string;
    revision: number;
    difficulty: string;
    environment: { name: string; protected: boolean };
    components: string[];
    designers: string[];
    chatProvider: string;
    startedAt: string | null;
    endedAt: string | null;
    closedAt: string | null;
    revealedAt: string | null;
    timeBoxMinutes: number;
    exercise: { id: string; name: string; date: string } | null;
    /** Seeded demo data (lib/demo). Only ever `true`: absent from real drills and from reports frozen before it existed, whose bytes never change. */
    demo?: true;
  };
  scenario: { summary: string; rootCause: string; expectedImpact: string };
  /** A few sentences that say how it went, generated from the scorecard. */
  summary: string[];
  roster: { name: string; role: string; team: string | null }[];
  scorecard: Scorecard;
  keyMoments: EventQuote[];
  modelAnswer: AnswerStepComparison[];
  notes: ReportNote[];
  /** The hot wash: survey results, the retrospective by audience, the improvement plan. Reports frozen before they existed have `{}`. */
  sections: ReportSections;
}

/** Each part is absent in reports frozen before it existed: renderers must cope with `{}`. */
export interface ReportSections {
  survey?: SurveyResults;
  retro?: ReportRetro;
  plan?: ReportPlan;
}

export interface ReportRetroItem {
  id: string;
  category: RetroCategory;
  /** An AudienceKey ("everyone", "facilitators", "team:<name>") and its label. */
  audience: string;
  audienceLabel: string;
  text: string;
  detail: string;
  evidence: EventQuote[];
  /** How many observer notes it was made from. */
  fromNotes: number;
}

export interface ReportRetro {
  /** Kept items only, by audience (everyone, facilitators, then teams by name) then category; drafts stay out. */
  items: ReportRetroItem[];
  /** Drafts nobody kept: not in the report, counted so a reader knows. */
  draftsLeftOut: number;
}

export interface ReportActionItem {
  id: string;
  title: string;
  description: string;
  owner: string;
  dueDate: string | null;
  priority: ActionPriority;
  status: ActionStatus;
  category: ActionCategory;
  audience: string;
  audienceLabel: string;
  trackerUrl: string | null;
  /** The retrospective item it came from, by its text. */
  fromRetro: string | null;
  /** What should prove it fixed: a later drill of this scenario, meeting this criterion (a milestone label) when named. */
  verify: { scenarioId: string; scenarioTitle: string; milestone: string | null; milestoneLabel: string | null } | null;
  verifiedBy: { drillId: string; title: string; at: string } | null;
}

export interface ReportPlan {
  items: ReportActionItem[];
}

/** One drill of an exercise, as the exercise's report rolls it up. */
export interface ExerciseDrillRollup {
  id: string;
  title: string;
  scenarioTitle: string;
  status: DrillStatus;
  outcome: DrillOutcome | null;
  final: boolean;
  durationMs: number | null;
  timeBoxMinutes: number;
  criteriaMet: number;
  criteriaTotal: number;
  /** Objective id → rating. */
  ratings: { id: string; name: string; rating: string }[];
  /** Time from the reference to mitigated, when it was. */
  timeToMitigateMs: number | null;
  timeToAcknowledgeMs: number | null;
  summary: string[];
  /** The survey's standard scales, averaged (null while hidden below 3 answers); null for a drill not ended or a report frozen before the survey. */
  survey: ExerciseDrillSurvey | null;
}

export interface ExerciseDrillSurvey {
  answers: number;
  difficulty: number | null;
  usefulness: number | null;
  enjoyment: number | null;
}

export interface ExerciseReport {
  kind: "exercise";
  version: 1;
  generatedAt: string;
  timeZone: string;
  exercise: { id: string; name: string; date: string; description: string };
  drills: ExerciseDrillRollup[];
  totals: {
    drills: number;
    byOutcome: Record<string, number>;
    criteriaMet: number;
    criteriaTotal: number;
    ratings: Record<string, number>;
  };
  /** The exercise's own action items (not its drills', which are in their reports). */
  plan: ReportPlan;
  /** Each drill's full report, in the exercise's order. */
  reports: DrillReport[];
}
