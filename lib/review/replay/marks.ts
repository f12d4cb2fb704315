import { formatDuration } from "../../drill-model/clock";
import type { TimelineEventView } from "../../timeline/events";
import type { Pause } from "./clock";
import type { ReplayMark, ReplayMarkKind } from "./types";

const EXCERPT_LENGTH = 80;

/** One line: its first `length` characters (whole code points), Slack mentions shown as names, "…" after when cut. */
export function excerpt(text: string, mentions: Record<string, string> = {}, length = EXCERPT_LENGTH): string {
  // Only the start of a long message can show; past a generous prefix, runs of whitespace could only shorten it.
  const start = text.length > length * 8 ? text.slice(0, length * 8) : text;
  const named = start.includes("<@") ? start.replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (whole, id: string) => (mentions[id] ? `@${mentions[id]}` : whole)) : start;
  const line = named.replace(/\s+/g, " ").trim();
  const cut = start.length < text.length;
  const end = codePointsEnd(line, length);
  return end === line.length && !cut ? line : `${line.slice(0, end).trimEnd()}…`;
}

/** Where the first `count` code points of `text` end, in UTF-16 units (a surrogate pair is one code point). */
function codePointsEnd(text: string, count: number): number {
  let index = 0;
  for (let seen = 0; seen < count && index < text.length; seen++) {
    const code = text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index;
}

const outcomeWords = (outcome: string) => outcome.replace(/_/g, " ");

type Drawn = { kind: ReplayMarkKind; label: string };

/** What the script lane draws for an event, or null when it draws nothing for it. */
function scriptMark(event: TimelineEventView, pauseAt: (t: number) => Pause | undefined, t: number): Drawn | null {
  switch (event.kind) {
    case "injection.executed": {
      const outcome = event.body.result?.outcome;
      if (outcome === "failed") return { kind: "injection.failed", label: `Injection failed: ${event.body.name}` };
      return { kind: "injection", label: `Injection${outcome === "skipped" ? " skipped" : ""}: ${event.body.name}` };
    }
    case "injection.refused":
      return { kind: "injection.refused", label: `${event.body.phase === "rollback" ? "Rollback" : "Injection"} refused: ${event.body.name}` };
    case "rollback.executed":
      return { kind: "rollback", label: `${event.body.result?.outcome === "failed" ? "Rollback failed" : "Rolled back"}: ${event.body.name}` };
    case "alert.fired":
      return { kind: "alert", label: `Alert fired: ${event.body.title}` };
    case "hint.released":
      return { kind: "hint", label: `Hint ${event.body.number} released` };
    case "script.item_skipped":
      return { kind: "skipped", label: `Skipped: ${event.body.item.title}` };
    case "script.item_delayed":
      return { kind: "delayed", label: `Delayed ${event.body.byMinutes} min: ${event.body.item.title}` };
    case "drill.paused": {
      const pause = pauseAt(t);
      return { kind: "pause", label: pause ? `Clock paused for ${formatDuration(pause.to - pause.from)}` : "Clock paused" };
    }
    case "drill.ended":
      return { kind: "end", label: `Drill ended: ${outcomeWords(event.body.outcome)}` };
    default:
      return null;
  }
}

/** What a person's lane draws for one of their events (see `isPersonEvent`). */
function personMark(event: TimelineEventView, name: string): Drawn | null {
  switch (event.kind) {
    case "chat.message":
      return { kind: "message", label: `${name}: ${excerpt(event.body.text, event.body.mentions)}` };
    case "alert.acknowledged":
      return { kind: "acknowledged", label: `${name} acknowledged: ${event.body.title}` };
    case "team.escalated":
      return { kind: "escalated", label: `${name} escalated to ${event.body.team}` };
    case "participant.joined":
      return { kind: "joined", label: `${name} joined` };
    default:
      return null;
  }
}

/** The mark for an event on `lane`, or null. Edits, deletions and reactions draw nothing: they change a message. */
export function markOf(event: TimelineEventView, t: number, lane: { id: string; kind: "script" | "person" | "notes"; name?: string }, pauseAt: (t: number) => Pause | undefined): ReplayMark | null {
  const drawn =
    lane.kind === "script" ? scriptMark(event, pauseAt, t) : lane.kind === "person" ? personMark(event, lane.name ?? event.actor.name) : event.kind === "note.added" ? { kind: "note" as const, label: `Note by ${event.actor.name}: ${excerpt(event.body.text)}` } : null;
  return drawn ? { t, lane: lane.id, kind: drawn.kind, seq: event.id, label: drawn.label } : null;
}
