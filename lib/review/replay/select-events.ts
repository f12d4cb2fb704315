import { AUDIENCE, type TimelineEventView } from "../../timeline/events";
import { REVIEW_KINDS } from "../../timeline/evidence";
import { tOf } from "./clock";

export interface ReplayCut {
  audience: "staff" | "viewer";
  /** The `drill.ended` event's seq: everything up to it is the drill. */
  endSeq: number;
  /** The end in wall time: Slack messages mirrored late but sent before it still belong to the drill. */
  endT: number;
  startMs: number;
}

/**
 * The events of the drill itself, in seq order: everything up to the end but what the review wrote, and channel
 * messages (with their edits, deletions and reactions) that Slack delivered after the end but were sent before it.
 * Viewers never see observer notes. Kinds this build does not know are left out rather than shown to a viewer unread.
 */
export function selectReplayEvents(all: readonly TimelineEventView[], cut: ReplayCut): TimelineEventView[] {
  const shown = (event: TimelineEventView) => Object.hasOwn(AUDIENCE, event.kind) && !REVIEW_KINDS.has(event.kind) && !(cut.audience === "viewer" && event.kind === "note.added");
  const inDrill = (event: TimelineEventView) => event.id <= cut.endSeq || tOf(event, cut.startMs) <= cut.endT;
  const messages = new Set<number>();
  const messageByTs = new Map<string, number>();
  for (const event of all) {
    if (event.kind !== "chat.message" || !inDrill(event)) continue;
    messages.add(event.id);
    if (event.body.ts) messageByTs.set(event.body.ts, event.id);
  }
  return all.filter((event) => {
    if (!shown(event)) return false;
    if (event.kind === "chat.message") return messages.has(event.id);
    if (event.kind === "chat.edited" || event.kind === "chat.deleted" || event.kind === "chat.reaction") {
      const messageSeq = event.body.messageSeq ?? messageByTs.get(event.body.ts);
      return messageSeq !== undefined && messages.has(messageSeq) && inDrill(event);
    }
    return event.id <= cut.endSeq;
  });
}
