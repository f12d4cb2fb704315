import { MILESTONE_LABELS } from "@/lib/drills/milestones";
import type { ActionResultBody, TimelineEventView } from "@/lib/timeline/events";
import type { BadgeTone } from "../ui/badge";

export interface EventDescription {
  label: string;
  tone: BadgeTone;
  title: string;
  detail?: string;
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
      return { label: "drill", tone: event.body.outcome === "mitigated" ? "success" : "danger", title: `Drill ended: ${event.body.outcome.replace("_", " ")}`, detail: event.body.note || undefined };
    case "drill.paused":
      return { label: "clock", tone: "warning", title: "Drill clock paused" };
    case "drill.resumed":
      return { label: "clock", tone: "info", title: `Drill clock resumed after ${Math.round(event.body.pausedForMs / 1000)} s` };
    case "injection.executed":
      return { label: event.body.override ? "injection · override" : "injection", tone: "danger", title: event.body.name, detail: [resultText(event.body.result), event.body.note].filter(Boolean).join(" · ") || undefined };
    case "injection.refused":
      return { label: "refused", tone: "warning", title: `Injection refused: ${event.body.name}`, detail: event.body.reason };
    case "rollback.executed":
      return { label: event.body.during === "abort" ? "rollback · abort" : "rollback", tone: "violet", title: `Rolled back: ${event.body.name}`, detail: [resultText(event.body.result), event.body.note].filter(Boolean).join(" · ") || undefined };
    case "script.item_skipped":
      return { label: "skipped", tone: "neutral", title: `Skipped ${event.body.item.kind}: ${event.body.item.title}`, detail: event.body.reason };
    case "script.item_delayed":
      return { label: "delayed", tone: "neutral", title: `Delayed ${event.body.item.kind} by ${event.body.byMinutes} min: ${event.body.item.title}` };
    case "milestone.corrected":
      return { label: "correction", tone: "success", title: `${MILESTONE_LABELS[event.body.milestone]} time corrected`, detail: event.body.reason };
    case "roster.invited":
      return { label: "roster", tone: "info", title: `Invited ${event.body.people.map((person) => person.name).join(", ")}`, detail: event.body.notFound?.length ? `Not found: ${event.body.notFound.join(", ")}` : undefined };
    case "team.escalated":
      return { label: "escalation", tone: "warning", title: `Escalated to ${event.body.team}`, detail: event.body.people.join(", ") || undefined };
    case "alert.fired":
      return { label: `${event.body.source} · ${event.body.severity}`, tone: event.body.severity === "critical" || event.body.severity === "high" ? "danger" : "warning", title: event.body.title, detail: event.body.body || undefined };
    case "hint.released":
      return { label: `hint ${event.body.number}`, tone: "violet", title: event.body.text };
    case "milestone.recorded":
      return { label: "milestone", tone: "success", title: MILESTONE_LABELS[event.body.milestone], detail: event.body.note || undefined };
    case "note.added":
      return { label: "note", tone: "warning", title: event.body.text };
    case "participant.joined":
      return { label: "joined", tone: "neutral", title: `${event.body.displayName} joined the channel` };
    case "chat.message":
      return { label: "chat", tone: "info", title: event.body.text };
  }
}
