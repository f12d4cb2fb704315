import { formatOffset } from "@/lib/drill-model/clock";
import { ANSWER_VERDICT_LABELS, RATING_LABELS } from "@/lib/drill-model/debrief";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import { audienceLabel, RETRO_CATEGORY_LABELS, type RetroCategory } from "@/lib/drill-model/hot-wash";
import { NOTE_TAG_LABELS, type NoteTag } from "@/lib/drill-model/note-tags";
import type { ActionResultBody, EventBodies, TimelineEventView } from "@/lib/timeline/events";
import type { BadgeTone } from "../ui/badge";

export interface EventDescription {
  label: string;
  tone: BadgeTone;
  title: string;
  detail?: string;
  /** Note tags, shown as badges. */
  tags?: string[];
  /** The event this one points at: a note's pinned moment, a milestone's evidence. */
  about?: { seq: number; word: string };
}

function resultText(result: ActionResultBody | undefined): string {
  if (!result) return "";
  if (result.outcome === "skipped") return "manual";
  const parts = [result.outcome === "ok" ? "ok" : "FAILED", result.status && `HTTP ${result.status}`, result.latencyMs !== undefined && `${result.latencyMs} ms`, result.attempts && result.attempts > 1 && `${result.attempts} attempts`, result.error];
  return parts.filter(Boolean).join(" · ");
}

/** How each kind of event reads in the staff timeline. */
export function describeEvent(event: TimelineEventView): EventDescription {
  switch (event.kind) {
    case "drill.created":
      return { label: "drill", tone: "neutral", title: `Drill created from revision ${event.body.revision}` };
    case "drill.started":
      return { label: "drill", tone: "info", title: `Drill started · ${event.body.timeBoxMinutes} min time box`, detail: event.body.briefing || undefined };
    case "drill.ended":
      return { label: "drill", tone: event.body.outcome === "mitigated" ? "success" : "danger", title: `Drill ended: ${event.body.outcome.replace("_", " ")}`, detail: event.body.note ? `${event.body.note}${event.body.noteShared ? " (shared with participants)" : " (staff only)"}` : undefined };
    case "drill.aborting":
      return { label: "drill", tone: "danger", title: "Abort begun: rolling back", detail: event.body.note || undefined };
    case "drill.paused":
      return { label: "clock", tone: "warning", title: "Drill clock paused" };
    case "drill.resumed":
      return { label: "clock", tone: "info", title: `Drill clock resumed after ${Math.round(event.body.pausedForMs / 1000)} s` };
    case "injection.executed":
      return { label: event.body.override ? "injection · override" : "injection", tone: "danger", title: event.body.name, detail: [resultText(event.body.result), event.body.note].filter(Boolean).join(" · ") || undefined };
    case "injection.refused":
      return { label: "refused", tone: "warning", title: `${event.body.phase === "rollback" ? "Rollback" : "Injection"} refused: ${event.body.name}`, detail: `${event.body.environment} is protected: ${event.body.reason}` };
    case "rollback.executed":
      return {
        label: [event.body.during === "abort" ? "rollback · abort" : "rollback", event.body.override && "override"].filter(Boolean).join(" · "),
        tone: event.body.result?.outcome === "failed" ? "danger" : "violet",
        title: `${event.body.result?.outcome === "failed" ? "Rollback failed" : "Rolled back"}: ${event.body.name}`,
        detail: [resultText(event.body.result), event.body.note].filter(Boolean).join(" · ") || undefined,
      };
    case "script.item_skipped":
      return { label: "skipped", tone: "neutral", title: `Skipped ${event.body.item.kind}: ${event.body.item.title}`, detail: event.body.reason };
    case "script.item_delayed":
      return { label: "delayed", tone: "neutral", title: `Delayed ${event.body.item.kind} by ${event.body.byMinutes} min: ${event.body.item.title}` };
    case "milestone.corrected":
      return {
        label: "correction",
        tone: "success",
        title: `${MILESTONE_LABELS[event.body.milestone]} time corrected to ${formatOffset(event.body.toOffsetMs)}`,
        detail: [event.body.fromOffsetMs !== null && `was ${formatOffset(event.body.fromOffsetMs)}`, event.body.reason].filter(Boolean).join(" · "),
        about: event.body.toSeq ? { seq: event.body.toSeq, word: "time of" } : undefined,
      };
    case "roster.invited":
      return { label: "roster", tone: "info", title: `Invited ${event.body.people.map((person) => person.name).join(", ")}`, detail: event.body.notFound?.length ? `Not found: ${event.body.notFound.join(", ")}` : undefined };
    case "team.escalated":
      return { label: "escalation", tone: "warning", title: `Escalated to ${event.body.team}`, detail: event.body.people.join(", ") || undefined };
    case "alert.fired":
      return { label: `${event.body.source} · ${event.body.severity}`, tone: event.body.severity === "critical" || event.body.severity === "high" ? "danger" : "warning", title: event.body.title, detail: event.body.body || undefined };
    case "hint.released":
      return { label: `hint ${event.body.number}`, tone: "violet", title: event.body.text };
    case "milestone.recorded":
      return {
        label: event.body.afterTheFact ? "milestone · after the fact" : "milestone",
        tone: "success",
        title: MILESTONE_LABELS[event.body.milestone],
        detail: [event.body.reason, event.body.note].filter(Boolean).join(" · ") || undefined,
        about: event.body.evidenceSeq ? { seq: event.body.evidenceSeq, word: "evidence" } : undefined };
    case "note.added":
      return { label: "note", tone: "warning", title: event.body.text, tags: event.body.tags?.map((tag) => NOTE_TAG_LABELS[tag as NoteTag] ?? tag), about: event.body.pinnedSeq ? { seq: event.body.pinnedSeq, word: "about" } : undefined };
    case "participant.joined":
      return { label: "joined", tone: "neutral", title: `${event.body.displayName} joined the channel` };
    case "chat.message":
      return { label: event.body.threadTs && event.body.threadTs !== event.body.ts ? "reply" : "chat", tone: "info", title: event.body.text, about: event.body.parentSeq ? { seq: event.body.parentSeq, word: "reply to" } : undefined };
    case "chat.edited":
      return { label: "edited", tone: "neutral", title: event.body.text, about: event.body.messageSeq ? { seq: event.body.messageSeq, word: "edit of" } : undefined };
    case "chat.deleted":
      return { label: "deleted", tone: "neutral", title: "Deleted a message", about: event.body.messageSeq ? { seq: event.body.messageSeq, word: "deleted" } : undefined };
    case "chat.reaction":
      return { label: "reaction", tone: "neutral", title: `${event.body.removed ? "Removed" : "Reacted"} :${event.body.reaction}:`, about: event.body.messageSeq ? { seq: event.body.messageSeq, word: "on" } : undefined };
    case "alert.acknowledged":
      return { label: "acknowledged", tone: "success", title: `Acknowledged: ${event.body.title}`, detail: event.body.via === "slack" ? "from Slack" : undefined };
    case "review.started":
      return { label: "review", tone: "info", title: "Review begun" };
    case "answer.revealed":
      return { label: "reveal", tone: "violet", title: "Root cause and model answer revealed to participants" };
    case "objective.rated":
      return { label: "rating", tone: "info", title: `Objective ${event.body.objectiveId} rated ${event.body.rating}: ${RATING_LABELS[event.body.rating]}`, detail: [event.body.rating !== event.body.suggested && `suggested ${event.body.suggested}`, event.body.reason].filter(Boolean).join(" · ") || undefined };
    case "answer.linked":
      return { label: "model answer", tone: "info", title: `Step ${event.body.step + 1}: ${ANSWER_VERDICT_LABELS[event.body.verdict]}`, detail: [event.body.evidenceSeqs.map((seq) => `#${seq}`).join(", "), event.body.note].filter(Boolean).join(" · ") || undefined };
    case "moment.starred":
      return { label: "key moment", tone: "warning", title: event.body.starred ? "Starred a moment" : "Unstarred a moment", about: { seq: event.body.seq, word: event.body.starred ? "starred" : "unstarred" } };
    case "note.picked":
      return { label: "report", tone: "neutral", title: event.body.picked ? "Chose a note for the report" : "Took a note out of the report", about: { seq: event.body.noteSeq, word: "note" } };
    case "drill.closed":
      return { label: "drill", tone: "neutral", title: "Drill closed: the report is frozen", detail: `sha256 ${event.body.contentHash.slice(0, 12)}` };
    case "drill.reopened":
      return { label: "drill", tone: "warning", title: "Drill reopened for review", detail: event.body.reason };
    case "retro.changed":
      return {
        label: "retro",
        tone: "neutral",
        title: retroChangeTitle(event.body),
        detail: event.body.change === "drafted" ? undefined : `${RETRO_CATEGORY_LABELS[event.body.category as RetroCategory] ?? event.body.category} · ${audienceLabel(event.body.audience)}`,
      };
  }
}

function retroChangeTitle(body: EventBodies["retro.changed"]): string {
  switch (body.change) {
    case "drafted":
      return `Drafted ${body.count ?? 0} retrospective item${body.count === 1 ? "" : "s"} from notes`;
    case "merged":
      return `Merged ${body.mergedIds?.length ?? 0} item${body.mergedIds?.length === 1 ? "" : "s"} into: ${body.text}`;
    case "removed":
      return `Removed from the retrospective: ${body.text}`;
    case "edited":
      return `Edited in the retrospective: ${body.text}`;
    default:
      return `Added to the retrospective: ${body.text}`;
  }
}
