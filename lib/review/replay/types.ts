import type { DrillStatus } from "../../db/generated/enums";
import type { AnswerVerdict } from "../../drill-model/debrief";
import type { Milestone } from "../../drill-model/milestone-names";
import type { TimelineEventView } from "../../timeline/events";

/**
 * What the replay of an ended drill is drawn from (`GET /api/drills/:id/replay`, `GET /api/watch/:token/replay`).
 * Times `t` are milliseconds of wall time since the drill's start (negative before it); the drill clock (T+, pauses
 * excluded) at a `t` is `clockAt(pauses, t)`.
 */
export interface ReplayView {
  drill: {
    id: string;
    title: string;
    /** What participants knew the drill as. */
    publicTitle: string;
    scenarioTitle: string;
    status: DrillStatus;
    /** How it ended (mitigated, failed, timed_out, aborted), kept through review and close. */
    outcome: DrillStatus | null;
    timeBoxMinutes: number;
    /** Seeded demo data, to be badged as such. */
    demo: boolean;
    exercise: { id: string; name: string } | null;
  };
  /** `viewer`: a share link's holder, who sees no observer notes. */
  audience: "staff" | "viewer";
  startedAt: string;
  endedAt: string;
  /** Wall time from the start to the end. */
  durationMs: number;
  /** Pauses, as `t` ranges; one still open at the end runs to `durationMs`. */
  pauses: { from: number; to: number }[];
  /**
   * Every event this audience may see from the drill's creation to its end, in order (chat edits, deletions and
   * reactions at the moment they happened), as staff see them. The channel's view is `asSeenBy("participant", …)` of
   * those with audience `everyone`. Review events (ratings, stars, retro…) are left out: they are drawn as marks.
   */
  events: TimelineEventView[];
  lanes: ReplayLane[];
  /** Everything drawn on the swimlanes, ordered by `t`. */
  marks: ReplayMark[];
  /** Each milestone at the moment it counts for (a correction's time, an after-the-fact record's evidence), ordered by `t`. */
  milestones: ReplayMilestone[];
  /** The model answer's steps; `t` is the first evidence event's moment, null while the step has no evidence. */
  answer: ReplayAnswerStep[];
}

export type ReplayLaneKind = "script" | "person" | "milestones" | "notes" | "answer";

export interface ReplayLane {
  id: string;
  kind: ReplayLaneKind;
  label: string;
  /** A person's role and team on the roster, when they were on it. */
  detail?: string;
}

export type ReplayMarkKind =
  | "injection"
  | "injection.failed"
  | "injection.refused"
  | "rollback"
  | "alert"
  | "hint"
  | "skipped"
  | "delayed"
  | "message"
  | "acknowledged"
  | "escalated"
  | "joined"
  | "milestone"
  | "note"
  | "answer"
  | "pause"
  | "end";

export interface ReplayMark {
  t: number;
  lane: string;
  kind: ReplayMarkKind;
  /** The event it is drawn for, or (answer steps, after-the-fact milestones) the event it points at. */
  seq: number | null;
  /** A line of text for a tooltip or a screen reader: "Alert fired: Checkout 5xx above 5%". */
  label: string;
}

export interface ReplayMilestone {
  milestone: Milestone;
  label: string;
  t: number;
  /** The drill clock at `t`. */
  offsetMs: number;
  source: "live" | "corrected" | "after_the_fact";
  seq: number | null;
}

export interface ReplayAnswerStep {
  step: number;
  text: string;
  verdict: AnswerVerdict | null;
  t: number | null;
  evidenceSeqs: number[];
  note: string;
}

/** The drill clock at wall time `t`: `t` less every pause before it. */
export function clockAt(pauses: readonly { from: number; to: number }[], t: number): number {
  let paused = 0;
  for (const pause of pauses) {
    if (pause.from >= t) break;
    paused += Math.min(pause.to, t) - pause.from;
  }
  return Math.max(0, t - paused);
}
