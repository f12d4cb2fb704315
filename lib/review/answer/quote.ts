import { formatDuration, formatOffset } from "../../drill-model/clock";
import { ANSWER_VERDICT_LABELS } from "../../drill-model/debrief";
import { MILESTONE_LABELS } from "../../drill-model/milestones";
import type { EventBodies, EventKind, TimelineEventView } from "../../timeline/events";
import type { EventQuote } from "../report/types";

const MAX_LENGTH = 400;

/** Whitespace (line breaks included) collapsed to single spaces, and cut with an ellipsis when it runs long. */
export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= MAX_LENGTH ? line : `${line.slice(0, MAX_LENGTH - 1).trimEnd()}…`;
}

const withNote = (text: string, note: string | undefined) => (note?.trim() ? `${text}: ${note}` : text);

/** What each kind of event says, in words, for the report and the debrief. */
const SAYS: { [K in EventKind]: (body: EventBodies[K]) => string } = {
  "drill.created": (body) => `Drill created from revision ${body.revision}`,
  "drill.started": () => "Drill started",
  "drill.paused": () => "Clock paused",
  "drill.resumed": (body) => `Clock resumed after ${formatDuration(body.pausedForMs)}`,
  "drill.ended": (body) => withNote(`Drill ended (${body.outcome.replace("_", " ")})`, body.note),
  "drill.aborting": (body) => withNote("Abort began", body.note),
  "injection.executed": (body) => `Injection "${body.name}" ${body.result?.outcome === "failed" ? "failed" : "ran"}`,
  "injection.refused": (body) => `Injection "${body.name}" refused against ${body.environment}: ${body.reason}`,
  "rollback.executed": (body) => `Rolled back "${body.name}"${body.during === "abort" ? " during the abort" : ""}${body.result?.outcome === "failed" ? " (failed)" : ""}`,
  "alert.fired": (body) => `Alert: ${body.title}`,
  "hint.released": (body) => `Hint ${body.number}: ${body.text}`,
  "script.item_skipped": (body) => withNote(`Skipped ${body.item.kind} "${body.item.title}"`, body.reason),
  "script.item_delayed": (body) => `Delayed ${body.item.kind} "${body.item.title}" by ${body.byMinutes} min`,
  "milestone.recorded": (body) => withNote(MILESTONE_LABELS[body.milestone], body.note) + (body.afterTheFact ? ` (recorded after the fact: ${body.reason ?? ""})` : ""),
  "milestone.corrected": (body) => withNote(`${MILESTONE_LABELS[body.milestone]} moved to ${formatOffset(body.toOffsetMs)}`, body.reason),
  "note.added": (body) => body.text,
  "roster.invited": (body) => `Invited ${body.people.map((person) => person.name).join(", ")}`,
  "team.escalated": (body) => `Escalated to ${body.team}${body.people.length ? ` (${body.people.join(", ")})` : ""}`,
  "participant.joined": (body) => `${body.displayName} joined`,
  "chat.message": (body) => body.text,
  "chat.edited": (body) => `Edited a message: ${body.text}`,
  "chat.deleted": () => "Deleted a message",
  "chat.reaction": (body) => `${body.removed ? "Took back" : "Reacted"} :${body.reaction}:`,
  "alert.acknowledged": (body) => `Acknowledged "${body.title}"`,
  "review.started": () => "Review started",
  "answer.revealed": () => "Root cause and model answer revealed",
  "objective.rated": (body) => withNote(`Rated objective ${body.objectiveId} ${body.rating}`, body.reason),
  "answer.linked": (body) => withNote(`Model answer step ${body.step + 1}: ${ANSWER_VERDICT_LABELS[body.verdict]}`, body.note),
  "moment.starred": (body) => `${body.starred ? "Starred" : "Unstarred"} event #${body.seq}`,
  "note.picked": (body) => `${body.picked ? "Chose" : "Dropped"} note #${body.noteSeq} for the report`,
  "drill.closed": () => "Drill closed",
  "drill.reopened": (body) => withNote("Drill reopened", body.reason),
  "retro.changed": (body) => `Retrospective ${body.change}: ${body.text}`,
};

/** An event as the report quotes it: who, when, and one line of what it said. A kind this build does not know is named as it is. */
export function quoteEvent(event: TimelineEventView): EventQuote {
  const says = Object.hasOwn(SAYS, event.kind) ? (SAYS[event.kind] as (body: unknown) => string) : null;
  return { seq: event.id, offsetMs: event.offsetMs, at: event.at, kind: event.kind, actor: event.actor.name, text: oneLine(says ? says(event.body) : event.kind) };
}
