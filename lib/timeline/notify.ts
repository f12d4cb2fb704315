import type { TimelineEventView } from "./events";

export const TIMELINE_CHANNEL = "drillroom_timeline";

// Postgres caps a NOTIFY payload at 8000 bytes; bigger events travel as a reference and are read back once per instance.
const MAX_INLINE_BYTES = 7500;

export type TimelineNotification = { drillId: string; seq: number; event?: TimelineEventView };

export function notificationPayload(event: TimelineEventView): string {
  const inline = JSON.stringify({ drillId: event.drillId, seq: event.id, event });
  if (Buffer.byteLength(inline) <= MAX_INLINE_BYTES) return inline;
  return JSON.stringify({ drillId: event.drillId, seq: event.id });
}

export function parseNotification(payload: string): TimelineNotification | undefined {
  try {
    const parsed = JSON.parse(payload) as TimelineNotification;
    return typeof parsed.drillId === "string" && Number.isInteger(parsed.seq) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
