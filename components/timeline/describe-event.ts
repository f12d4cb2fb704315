import { MILESTONE_LABELS } from "@/lib/drills/milestones";
import type { TimelineEventView } from "@/lib/timeline/events";
import type { BadgeTone } from "../ui/badge";

export interface EventDescription {
  label: string;
  tone: BadgeTone;
  title: string;
  detail?: string;
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
    case "injection.executed":
      return { label: "injection", tone: "danger", title: event.body.name, detail: event.body.note || undefined };
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
