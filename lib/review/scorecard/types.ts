import type { DrillOutcome } from "../../drill-model/state-machine";
import type { Milestone } from "../../drill-model/milestone-names";
import type { Rating } from "../../drill-model/debrief";
import type { ScenarioDefinition } from "../../scenarios/schemas";
import type { TimelineEventView } from "../../timeline/events";

/** Everything a scorecard is computed from: the frozen script and the drill's whole (staff) timeline, in order. */
export interface ScorecardInput {
  script: ScenarioDefinition;
  drill: { outcome: DrillOutcome | null; timeBoxMinutes: number };
  events: readonly TimelineEventView[];
}

/** What the times are measured from. */
export interface Reference {
  /** `injection`: the first injection that applied; `start` when none did (tabletop, all failed). */
  from: "injection" | "start";
  offsetMs: number;
  injectionStepId: string | null;
  /** The first alert fired, if any: times are also given from it. */
  firstAlertOffsetMs: number | null;
}

export type TimeKey = "first_response" | Milestone;

/** One measured time: when on the drill clock, and how long after each reference. Null when it never happened. */
export interface MeasuredTime {
  key: TimeKey;
  label: string;
  offsetMs: number | null;
  fromReferenceMs: number | null;
  fromFirstAlertMs: number | null;
  /** Where it came from: a milestone (recorded live, corrected or after the fact) or the timeline itself (first message, alert acknowledgement, escalation). */
  source: "milestone" | "corrected" | "after_the_fact" | "timeline" | null;
  /** The event that shows it, when there is one. */
  seq: number | null;
  by: string | null;
}

export interface AlertScore {
  alertId: string;
  title: string;
  firedOffsetMs: number;
  acknowledgedOffsetMs: number | null;
  timeToAcknowledgeMs: number | null;
  by: string | null;
}

export interface HintScore {
  hintId: string;
  number: number;
  text: string;
  releasedOffsetMs: number;
  early: boolean;
  /** The next milestone the team reached after this hint, and how long after it. Null: nothing followed. */
  next: { milestone: Milestone; label: string; afterMs: number } | null;
}

export interface CriterionScore {
  milestone: Milestone;
  label: string;
  withinMinutes: number;
  limitMs: number;
  /** From the reference; null when the milestone was never reached. */
  measuredMs: number | null;
  met: boolean;
}

export interface RatingChange {
  rating: Rating;
  reason: string;
  by: string;
  at: string;
  seq: number;
}

export interface ObjectiveScore {
  id: string;
  name: string;
  /** True for the one-per-criterion objectives made up when the scenario names none. */
  derived: boolean;
  milestones: { milestone: Milestone; label: string; reachedOffsetMs: number | null }[];
  criteria: CriterionScore[];
  suggested: Rating;
  /** Why the suggestion is what it is, in words. */
  because: string;
  /** The facilitator's rating when overridden, else the suggestion. */
  rating: Rating;
  override: RatingChange | null;
  /** Every rating given, oldest first. */
  history: RatingChange[];
}

export interface ParticipantScore {
  name: string;
  participantId: string | null;
  messages: number;
  firstMessageOffsetMs: number | null;
  /** From the reference to their first message. */
  firstResponseMs: number | null;
}

export interface EscalationScore {
  team: string;
  people: string[];
  by: string;
  offsetMs: number | null;
  seq: number;
}

export interface RollbackScore {
  stepId: string;
  name: string;
  offsetMs: number | null;
  duringAbort: boolean;
  failed: boolean;
}

export interface MistakeScore {
  seq: number;
  offsetMs: number | null;
  /** The event the note is about. */
  aboutSeq: number | null;
  text: string;
  by: string;
}

export interface Scorecard {
  outcome: DrillOutcome | null;
  reference: Reference;
  times: MeasuredTime[];
  alerts: AlertScore[];
  hints: HintScore[];
  criteria: CriterionScore[];
  objectives: ObjectiveScore[];
  timeBox: { minutes: number; usedMs: number; fraction: number };
  pausedMs: number;
  rollbacks: RollbackScore[];
  aborted: boolean;
  mistakes: MistakeScore[];
  participation: { people: ParticipantScore[]; escalations: EscalationScore[] };
}
