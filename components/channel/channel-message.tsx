import { format } from "date-fns";
import type { TimelineEventView } from "@/lib/timeline/events";
import { formatOffset } from "@/lib/drill-model/clock";
import { AnswerText } from "../scenarios/answer-text";
import { RichText } from "../scenarios/rich-text";
import { Button } from "../ui/button";

const alertLook = {
  pagerduty: { frame: "border-l-emerald-500", name: "PagerDuty", accent: "text-emerald-300" },
  grafana: { frame: "border-l-orange-500", name: "Grafana", accent: "text-orange-300" },
  custom: { frame: "border-l-sky-500", name: "Trend alert", accent: "text-sky-300" },
} as const;

const severityText = { critical: "text-rose-300", high: "text-rose-300", warning: "text-amber-300", info: "text-sky-300" } as const;

function Meta({ name, at, badge }: { name: string; at: string; badge?: string }) {
  return (
    <div className="flex items-baseline gap-2">
      <span className="font-semibold text-zinc-100">{name}</span>
      {badge && <span className="rounded bg-zinc-800 px-1 text-[10px] font-semibold text-zinc-400 uppercase">{badge}</span>}
      <time dateTime={at} className="text-xs text-zinc-500">
        {format(new Date(at), "HH:mm:ss")}
      </time>
    </div>
  );
}

const roleWords: Record<string, string> = { facilitator: "facilitator", incident_commander: "incident commander", active_responder: "responder", escalation_responder: "escalation", observer: "observer" };

function personText(person: { name: string; role: string; team?: string }): string {
  return `${person.name} (${[roleWords[person.role] ?? person.role, person.team].filter(Boolean).join(", ")})`;
}

/** One line of the participants' channel, rendered as a chat tool would. Text is always rendered as text, never HTML. */
/** Who acknowledged a page, as the channel's timeline says. */
export interface AlertAck {
  name: string;
  offsetMs: number | null;
}

interface ChannelMessageProps {
  event: TimelineEventView;
  ack?: AlertAck;
  /** The message's author joined by name, not from a personal link. */
  guest?: boolean;
  /** Set when this browser's participant may acknowledge pages (joined, drill running). */
  onAcknowledge?: () => void;
  acknowledging?: boolean;
}

function AlertAckLine({ source, ack, onAcknowledge, acknowledging }: { source: string; ack?: AlertAck; onAcknowledge?: () => void; acknowledging?: boolean }) {
  if (ack)
    return (
      <p data-testid="alert-acknowledged" className="mt-1.5 text-xs text-emerald-300">
        ✓ Acknowledged by <span className="font-semibold">{ack.name}</span>
        {ack.offsetMs !== null ? ` at ${formatOffset(ack.offsetMs)}` : ""}
      </p>
    );
  // Pages (PagerDuty) are acknowledged, as in Slack; dashboards' alerts are not.
  if (source !== "pagerduty" || !onAcknowledge) return null;
  return (
    <Button size="sm" variant="primary" className="mt-1.5" disabled={acknowledging} onClick={onAcknowledge}>
      Acknowledge
    </Button>
  );
}

export function ChannelMessage({ event, ack, guest, onAcknowledge, acknowledging }: ChannelMessageProps) {
  switch (event.kind) {
    case "drill.started":
      return (
        <div className="rounded-md border border-rose-900/70 bg-rose-950/30 px-3 py-2">
          <Meta name="drillroom" at={event.at} badge="bot" />
          <p className="mt-1 text-sm font-semibold text-rose-200"><span className="mr-1 rounded bg-rose-600 px-1 text-[10px] text-white">DRILL</span>Incident declared{event.body.publicTitle ? `: ${event.body.publicTitle}` : ""} · time box {event.body.timeBoxMinutes} minutes</p>
          <RichText text={event.body.briefing ?? ""} empty={null} className="mt-1 text-zinc-200" />
        </div>
      );
    case "drill.ended":
      return (
        <div className="rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm text-zinc-200">
          <Meta name="drillroom" at={event.at} badge="bot" />
          <p className="mt-1">The drill is over ({event.body.outcome.replace("_", " ")}). Thank you for taking part.</p>
          {/* Participants receive the note only when the facilitator shared it (lib/timeline/events.ts asSeenBy). */}
          {event.body.note && <p data-testid="closing-note" className="mt-1 border-l-2 border-zinc-600 pl-2 whitespace-pre-wrap text-zinc-300">{event.body.note}</p>}
        </div>
      );
    case "alert.fired": {
      const look = alertLook[event.body.source];
      return (
        <div data-testid="channel-alert" className={`rounded-md border border-l-4 border-zinc-800 bg-zinc-900 px-3 py-2 ${look.frame}`}>
          <Meta name={look.name} at={event.at} badge="app" />
          <p className={`mt-1 text-sm font-semibold ${severityText[event.body.severity]}`}>
            <span className="mr-1.5 rounded border border-current px-1 text-[10px] uppercase">{event.body.severity}</span>
            <span className="[overflow-wrap:anywhere]">{event.body.title}</span>
          </p>
          <RichText text={event.body.body ?? ""} size="xs" empty={null} className="mt-1 text-zinc-300" />
          <AlertAckLine source={event.body.source} ack={ack} onAcknowledge={onAcknowledge} acknowledging={acknowledging} />
        </div>
      );
    }
    case "hint.released":
      return (
        <div data-testid="channel-hint" className="rounded-md border border-violet-800/70 bg-violet-950/30 px-3 py-2">
          <Meta name="drillroom" at={event.at} badge="hint" />
          <RichText text={event.body.text} empty={null} className="mt-1 text-violet-100" />
        </div>
      );
    case "roster.invited":
      return (
        <div data-testid="channel-roster" className="rounded-md border border-zinc-800 bg-zinc-900 px-3 py-2">
          <Meta name="drillroom" at={event.at} badge="bot" />
          {event.body.people.length > 0 && <p className="mt-1 text-sm text-zinc-200">Paged into the channel: {event.body.people.map(personText).join(", ")}</p>}
          {event.body.notFound?.length ? <p className="mt-1 text-xs text-amber-300">Could not find: {event.body.notFound.join(", ")}</p> : null}
        </div>
      );
    case "team.escalated":
      return (
        <div data-testid="channel-escalation" className="rounded-md border border-amber-800/70 bg-amber-950/30 px-3 py-2">
          <Meta name="drillroom" at={event.at} badge="bot" />
          <p className="mt-1 text-sm font-semibold text-amber-200">Escalated to {event.body.team}</p>
          <p className="mt-0.5 text-sm text-zinc-200">Paged into the channel: {event.body.people.join(", ")}</p>
        </div>
      );
    case "answer.revealed":
      return (
        <section data-testid="channel-reveal" aria-label="The answer" className="rounded-md border border-emerald-800/70 bg-emerald-950/25 px-3 py-2.5">
          <Meta name="drillroom" at={event.at} badge="bot" />
          <h2 className="mt-1 text-base font-semibold text-emerald-200">The answer</h2>
          <AnswerText rootCause={event.body.rootCause} modelAnswer={event.body.modelAnswer} headingClass="tracking-wide text-zinc-400" textClass="text-sm text-zinc-100" />
        </section>
      );
    case "participant.joined":
      return <p className="px-1 text-xs text-zinc-500">{event.body.displayName} joined the channel{event.body.guest ? " as a guest" : ""}</p>;
    case "chat.message":
      return (
        <div data-testid="channel-chat" className="px-1">
          <Meta name={event.actor.name} at={event.at} badge={guest ? "guest" : undefined} />
          <p className="text-sm break-words whitespace-pre-wrap text-zinc-200">{event.body.text}</p>
        </div>
      );
    default:
      return null;
  }
}
