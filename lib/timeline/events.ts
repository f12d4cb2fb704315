import type { Audience } from "../db/generated/enums";
import type { ScriptedAlert } from "../scenarios/schemas";

import { MILESTONES, type Milestone } from "../drills/milestone-names";

export { MILESTONES, type Milestone };

/** Every kind of timeline event with its body. Participants only ever receive `everyone` events. */
export interface EventBodies {
  "drill.created": { title: string; revision: number };
  "drill.started": { briefing: string; timeBoxMinutes: number };
  "drill.ended": { outcome: string; note: string };
  "injection.executed": { stepId: string; name: string; note: string };
  "alert.fired": Pick<ScriptedAlert, "source" | "severity" | "title" | "body"> & { alertId: string };
  "hint.released": { hintId: string; number: number; text: string };
  "milestone.recorded": { milestone: Milestone; note: string };
  "note.added": { text: string };
  "participant.joined": { participantId: string; displayName: string };
  "chat.message": { participantId: string; text: string };
}

export type EventKind = keyof EventBodies;

export const AUDIENCE: Record<EventKind, Audience> = {
  "drill.created": "staff",
  "drill.started": "everyone",
  "drill.ended": "everyone",
  "injection.executed": "staff",
  "alert.fired": "everyone",
  "hint.released": "everyone",
  "milestone.recorded": "staff",
  "note.added": "staff",
  "participant.joined": "everyone",
  "chat.message": "everyone",
};

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

export type Viewer = "staff" | "participant";

export function visibleTo(viewer: Viewer, event: { audience: Audience }): boolean {
  return viewer === "staff" || event.audience === "everyone";
}

const CHANNEL_BOT: ActorView = { type: "system", id: null, name: "drillroom" };

/** Participants see alerts and hints as coming from the channel's bot, never from a named facilitator. */
export function asSeenBy(viewer: Viewer, event: TimelineEventView): TimelineEventView {
  if (viewer === "staff" || event.actor.type === "participant") return event;
  return { ...event, actor: CHANNEL_BOT };
}
