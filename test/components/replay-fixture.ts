import type { ReplayView } from "@/lib/review/replay/types";
import type { EventBodies, EventKind, TimelineEventView } from "@/lib/timeline/events";
import { AUDIENCE } from "@/lib/timeline/events";

/** A replay built by hand from the contract (lib/review/replay/types.ts), for the player's pure parts. */
export const START = "2026-03-02T10:00:00.000Z";
const startMs = Date.parse(START);

let nextSeq = 1;

export function event<K extends EventKind>(kind: K, tMs: number, body: EventBodies[K], actor: Partial<TimelineEventView["actor"]> = {}): TimelineEventView {
  return {
    id: nextSeq++,
    drillId: "d1",
    kind,
    audience: AUDIENCE[kind],
    at: new Date(startMs + tMs).toISOString(),
    offsetMs: tMs < 0 ? null : tMs,
    actor: { type: "user", id: "u1", name: "Fran Facilitator", ...actor },
    ref: null,
    body,
  } as TimelineEventView;
}

const slack = (ts: string) => ({ format: "mrkdwn" as const, ts, threadTs: ts, parentSeq: null, mentions: {} });
export const participant = { type: "participant", id: "p1", name: "Alice Kim" };

export function slackMessage(tMs: number, ts: string, text: string) {
  return event("chat.message", tMs, { participantId: "p1", text, ...slack(ts) }, participant);
}

export function replayFixture(events: TimelineEventView[], overrides: Partial<ReplayView> = {}): ReplayView {
  return {
    drill: { id: "d1", title: "Checkout 5xx", publicTitle: "Payments are failing", scenarioTitle: "Checkout outage", status: "closed", outcome: "mitigated", timeBoxMinutes: 45, demo: false, exercise: null },
    audience: "staff",
    startedAt: START,
    endedAt: new Date(startMs + 30 * 60_000).toISOString(),
    durationMs: 30 * 60_000,
    pauses: [],
    events,
    lanes: [
      { id: "script", kind: "script", label: "Script" },
      { id: "person:p1", kind: "person", label: "Alice Kim", detail: "incident commander" },
      { id: "milestones", kind: "milestones", label: "Milestones" },
      { id: "notes", kind: "notes", label: "Observer notes" },
    ],
    marks: [],
    milestones: [],
    answer: [],
    ...overrides,
  };
}
