import type { Audience } from "../db/generated/enums";
import type { ScriptedAlert } from "../scenarios/schemas";

import type { Milestone } from "../drill-model/milestone-names";
import type { DrillOutcome } from "../drill-model/state-machine";
import type { AnswerVerdict, Rating } from "../drill-model/debrief";


/** Every kind of timeline event with its body. Participants only ever receive `everyone` events. */
export interface EventBodies {
  "drill.created": { title: string; revision: number };
  /** `publicTitle`: what participants know the drill as (absent on drills started before it existed). */
  "drill.started": { briefing: string; timeBoxMinutes: number; publicTitle?: string };
  "drill.paused": Record<string, never>;
  "drill.resumed": { pausedForMs: number };
  /** `note` is the facilitator's closing note: staff only, unless `noteShared` (participants' views drop it otherwise). */
  "drill.ended": { outcome: DrillOutcome; note: string; noteShared?: true };
  /** Abort began: nothing is live any more; the rollbacks and the end follow (`lib/drills/continue-abort.ts`). */
  "drill.aborting": { note: string; shareNote: boolean };
  "injection.executed": { stepId: string; name: string; note: string; method?: "manual" | "webhook"; result?: ActionResultBody; override?: boolean };
  "injection.refused": { stepId: string; name: string; environment: string; reason: string; phase?: "rollback" };
  "rollback.executed": { stepId: string; name: string; note: string; method?: "manual" | "webhook"; result?: ActionResultBody; during?: "abort"; override?: boolean };
  "alert.fired": Pick<ScriptedAlert, "source" | "severity" | "title" | "body"> & { alertId: string; early?: boolean };
  "hint.released": { hintId: string; number: number; text: string; early?: boolean };
  "script.item_skipped": { item: ScriptItemRef; reason: string };
  "script.item_delayed": { item: ScriptItemRef; byMinutes: number; dueOffsetMs: number };
  /** `afterTheFact`: recorded in review at a past event (`evidenceSeq`), with `reason`. */
  "milestone.recorded": { milestone: Milestone; note: string; evidenceSeq?: number; afterTheFact?: true; reason?: string };
  "milestone.corrected": { milestone: Milestone; fromOffsetMs: number | null; toOffsetMs: number; reason: string; toSeq?: number };
  "note.added": { text: string; tags?: string[]; pinnedSeq?: number };
  "roster.invited": { people: { name: string; role: string; team?: string }[]; notFound?: string[] };
  "team.escalated": { team: string; people: string[] };
  /** `guest`: joined the built-in channel by name, not from a roster member's personal link. */
  "participant.joined": { participantId: string; displayName: string; provider?: "slack"; guest?: true };
  "chat.message": { participantId: string; text: string } & Partial<SlackMessageBody>;
  /** A Slack message was edited: the message event keeps its first text, this one the new text. */
  "chat.edited": { ts: string; messageSeq: number | null; text: string; mentions?: Record<string, string> };
  "chat.deleted": { ts: string; messageSeq: number | null };
  "chat.reaction": { ts: string; messageSeq: number | null; reaction: string; removed?: true };
  "alert.acknowledged": { alertId: string; title: string; via?: "slack" | "channel" };
  /** The debrief began: the drill is in review. */
  "review.started": Record<string, never>;
  /** The hot wash: the root cause and the model answer, shown to participants from here on. */
  "answer.revealed": { rootCause: string; modelAnswer: string[] };
  /** A facilitator's P/S/M/U rating of an objective, against the suggestion; the latest one counts. */
  "objective.rated": { objectiveId: string; rating: Rating; suggested: Rating; reason: string };
  /** Step `step` (0-based) of the model answer against the timeline; the latest one per step counts. */
  "answer.linked": { step: number; verdict: AnswerVerdict; evidenceSeqs: number[]; note: string };
  /** A key moment for the report: starred, or unstarred again. */
  "moment.starred": { seq: number; starred: boolean };
  /** An observer note chosen for the report, or taken out of it. */
  "note.picked": { noteSeq: number; picked: boolean };
  /** The report is frozen: `contentHash` names the snapshot. */
  "drill.closed": { contentHash: string; snapshotId: number };
  "drill.reopened": { reason: string };
  /**
   * The retrospective changed (lib/retro): one event per change, with the item as it is after it. `drafted` adds
   * `count` items from the notes `noteSeqs` at once (each note is drafted once, even if its draft is removed);
   * `merged` names the items folded into `itemId`; `removed` keeps the last text.
   */
  "retro.changed": { change: "added" | "edited" | "drafted" | "merged" | "removed"; itemId: string | null; text: string; category: string; audience: string; count?: number; mergedIds?: string[]; noteSeqs?: number[] };
}

/** Where a mirrored Slack message sits: its `ts` names it in Slack; replies keep their parent. `text` is Slack mrkdwn. */
export interface SlackMessageBody {
  format: "mrkdwn";
  ts: string;
  threadTs: string;
  parentSeq: number | null;
  /** Names of the users mentioned, resolved when the message arrived. */
  mentions: Record<string, string>;
  /** Posted by another integration (a bot, a webhook), not a person; the actor's name is the bot's. */
  botId?: string;
}

/** The outcome of running an injection or rollback step: what answered, how fast. Never carries header values. */
export interface ActionResultBody {
  outcome: "ok" | "failed" | "skipped";
  status?: number;
  latencyMs?: number;
  attempts?: number;
  responseExcerpt?: string;
  error?: string;
  /** Failed calls only: whether any attempt may have reached the target (timeout, lost connection, 5xx). */
  mayHaveLanded?: boolean;
}

/** A scheduled script item as the timeline names it. */
export interface ScriptItemRef {
  kind: "alert" | "hint" | "timebox";
  id: string;
  title: string;
}

export type EventKind = keyof EventBodies;

export const AUDIENCE: Record<EventKind, Audience> = {
  "drill.created": "staff",
  "drill.started": "everyone",
  "drill.paused": "staff",
  "drill.resumed": "staff",
  "drill.ended": "everyone",
  "drill.aborting": "staff",
  "injection.executed": "staff",
  "injection.refused": "staff",
  "rollback.executed": "staff",
  "alert.fired": "everyone",
  "hint.released": "everyone",
  "script.item_skipped": "staff",
  "script.item_delayed": "staff",
  "milestone.recorded": "staff",
  "milestone.corrected": "staff",
  "note.added": "staff",
  "roster.invited": "everyone",
  "team.escalated": "everyone",
  "participant.joined": "everyone",
  "chat.message": "everyone",
  "chat.edited": "everyone",
  "chat.deleted": "everyone",
  "chat.reaction": "everyone",
  "alert.acknowledged": "everyone",
  "review.started": "staff",
  "answer.revealed": "everyone",
  "objective.rated": "staff",
  "answer.linked": "staff",
  "moment.starred": "staff",
  "note.picked": "staff",
  "drill.closed": "staff",
  "drill.reopened": "staff",
  "retro.changed": "staff",
};

/** What an event changes besides the timeline, so screens know what to refetch: the drill (status, clock, progress, script, runs) and the roster. */
export type EventEffect = "drill" | "roster";

export const EFFECTS: Record<EventKind, readonly EventEffect[]> = {
  "drill.created": ["drill"],
  "drill.started": ["drill"],
  "drill.paused": ["drill"],
  "drill.resumed": ["drill"],
  "drill.ended": ["drill"],
  "drill.aborting": ["drill"],
  "injection.executed": ["drill"],
  "injection.refused": ["drill"],
  "rollback.executed": ["drill"],
  "alert.fired": ["drill"],
  "hint.released": ["drill"],
  "script.item_skipped": ["drill"],
  "script.item_delayed": ["drill"],
  "milestone.recorded": ["drill"],
  "milestone.corrected": ["drill"],
  "note.added": [],
  "roster.invited": ["drill", "roster"],
  "team.escalated": ["drill", "roster"],
  "participant.joined": ["roster"],
  "chat.message": [],
  "chat.edited": [],
  "chat.deleted": [],
  "chat.reaction": [],
  "alert.acknowledged": ["drill"],
  "review.started": ["drill"],
  "answer.revealed": ["drill"],
  "objective.rated": ["drill"],
  "answer.linked": ["drill"],
  "moment.starred": ["drill"],
  "note.picked": ["drill"],
  "drill.closed": ["drill"],
  "drill.reopened": ["drill"],
  "retro.changed": ["drill"],
};

/** Whether an event of this kind changes `effect`. A kind this build does not know (a newer server's) may change anything. */
export function changes(kind: string, effect: EventEffect): boolean {
  return Object.hasOwn(EFFECTS, kind) ? EFFECTS[kind as EventKind].includes(effect) : true;
}

export interface ActorView {
  type: string;
  id: string | null;
  name: string;
}

/** The wire shape of an event: `id` is the per-drill sequence number SSE clients resume from. */
export type TimelineEventView = {
  [K in EventKind]: {
    id: number;
    drillId: string;
    kind: K;
    audience: Audience;
    at: string;
    offsetMs: number | null;
    actor: ActorView;
    ref: string | null;
    body: EventBodies[K];
  };
}[EventKind];

export interface TimelineEventRow {
  drillId: string;
  seq: number;
  kind: string;
  audience: Audience;
  at: Date;
  offsetMs: number | null;
  actorType: string;
  actorId: string | null;
  actorName: string;
  ref: string | null;
  body: unknown;
}

export function toEventView(row: TimelineEventRow): TimelineEventView {
  return {
    id: row.seq,
    drillId: row.drillId,
    kind: row.kind,
    audience: row.audience,
    at: row.at.toISOString(),
    offsetMs: row.offsetMs,
    actor: { type: row.actorType, id: row.actorId, name: row.actorName },
    ref: row.ref,
    body: row.body,
  } as TimelineEventView;
}

/** `watcher`: a share link's holder, who sees what observers see except their notes (written for the team, safe to fail). */
export type Viewer = "staff" | "watcher" | "participant";

export const HIDDEN_FROM_WATCHERS: readonly string[] = ["note.added"];

export function visibleTo(viewer: Viewer, event: { audience: Audience; kind: string }): boolean {
  if (viewer === "participant") return event.audience === "everyone";
  return viewer === "staff" || !HIDDEN_FROM_WATCHERS.includes(event.kind);
}

const CHANNEL_BOT: ActorView = { type: "system", id: null, name: "drillroom" };

/**
 * Participants see alerts and hints as coming from the channel's bot, never from a named facilitator, and the
 * closing note only when the facilitator shared it. Every participant path (reads and streams) goes through here.
 */
export function asSeenBy(viewer: Viewer, event: TimelineEventView): TimelineEventView {
  if (viewer !== "participant") return event;
  const seen = event.kind === "drill.ended" && !event.body.noteShared ? { ...event, body: { outcome: event.body.outcome, note: "" } } : event;
  return seen.actor.type === "participant" ? seen : { ...seen, actor: CHANNEL_BOT };
}
