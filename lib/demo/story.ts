import type { RosterPersonInput } from "../drills/roster/schemas";
import type { Milestone } from "../drill-model/milestone-names";
import type { NoteTag } from "../drill-model/note-tags";
import type { ActionCategory, ActionPriority, RetroCategory } from "../drill-model/hot-wash";
import type { AnswerVerdict, Rating } from "../drill-model/debrief";

/** Someone in a demo drill's channel, by the key of the roster person they are (see people.ts). */
export type PersonKey = string;

/**
 * One thing that happens during a demo drill, `at` minutes of wall time after the start (a pause keeps the wall clock
 * running, so the drill clock falls behind it). `as` names the event so the review can point at it.
 */
export type LiveStep = { at: number; as?: string } & (
  | { do: "inject"; step: string; note: string }
  | { do: "alert"; alert: string }
  | { do: "hint"; hint?: string }
  | { do: "say"; who: PersonKey; text: string }
  | { do: "ack"; who: PersonKey; alert: string }
  | { do: "escalate"; team: string }
  | { do: "milestone"; milestone: Milestone; note: string; evidence?: string }
  | { do: "note"; text: string; tags: NoteTag[]; about?: string }
  | { do: "pause" }
  | { do: "resume" }
  | { do: "end"; outcome: "mitigated" | "failed"; note: string }
);

export interface SurveyReply {
  who: PersonKey;
  anonymous?: boolean;
  difficulty: number;
  usefulness: number;
  enjoyment: number;
  change?: string;
  keep?: string;
}

export interface RetroEntry {
  category: RetroCategory;
  /** "everyone", "facilitators" or "team:<roster team>". */
  audience?: string;
  text: string;
  /** Labels of notes it is made from. */
  notes?: string[];
}

export interface ActionEntry {
  title: string;
  owner: string;
  category: ActionCategory;
  priority: ActionPriority;
  audience?: string;
  /** Days after the drill. */
  dueInDays: number;
  /** A later drill of this scenario that meets the criterion proves it fixed. */
  verifyMilestone?: Milestone;
  status?: "in_progress" | "done";
}

/** What facilitators and observers do after the end, minutes after it; everything else is in the data. */
export interface ReviewPlan {
  /** Model-answer steps (0-based) compared with what happened, with the labelled events that show it. */
  answer: { step: number; verdict: AnswerVerdict; evidence?: string[]; note?: string }[];
  ratings: { objective: string; rating: Rating; reason: string }[];
  stars: string[];
  picks: string[];
  survey: SurveyReply[];
  retro: RetroEntry[];
  actions: ActionEntry[];
}

export interface DemoDrill {
  /** Stable name of the story, for tests and logs. */
  key: string;
  /** The reference scenario it runs (lib/scenarios/seed.ts ids). */
  scenarioId: string;
  title: string;
  /** Whole days before the seeding, and the hour (UTC) the drill started. */
  daysAgo: number;
  startHour: number;
  /** The demo game day groups the drills that set this. */
  gameDay?: boolean;
  roster: (RosterPersonInput & { key: PersonKey })[];
  live: LiveStep[];
  review: ReviewPlan;
}
