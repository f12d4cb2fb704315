import type { ReactNode } from "react";
import { ChannelMessage } from "@/components/channel/channel-message";
import { ALERT_SOURCES, SEVERITIES } from "@/lib/scenarios/schemas";
import type { TimelineEventView } from "@/lib/timeline/events";
import type { FormAlert, FormHint } from "./form-model";

const bot = { type: "system", id: null, name: "drillroom" };

/** A preview is not a drill: the clock reads 10:00 at the offset's origin, which is all the time a preview can know. */
function previewAt(offsetMinutes: number | undefined): string {
  const minutes = Number.isFinite(offsetMinutes) ? Math.max(0, offsetMinutes as number) : 0;
  return new Date(2000, 0, 1, 10, minutes).toISOString();
}

function PreviewFrame({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <figure className="flex min-w-0 flex-col gap-1.5 rounded-md border border-zinc-800 bg-zinc-950 p-2" aria-label="Channel preview">
      <div className="flex items-center justify-between text-[10px] font-medium tracking-wide text-zinc-500 uppercase">
        <span># incident channel</span>
        <span>Preview</span>
      </div>
      {children}
      <figcaption className="flex items-start gap-1.5 text-[11px] leading-snug text-zinc-400">
        <svg aria-hidden viewBox="0 0 16 16" className="mt-px h-3 w-3 shrink-0 text-zinc-500" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="8" cy="8" r="6" />
          <path d="M8 4.5V8l2.5 1.5" />
        </svg>
        <span>{caption}</span>
      </figcaption>
    </figure>
  );
}

export function AlertPreview({ alert, timing }: { alert: FormAlert | undefined; timing: string }) {
  if (!alert) return null;
  const source = (ALERT_SOURCES as readonly string[]).includes(alert.source) ? alert.source : "custom";
  const severity = (SEVERITIES as readonly string[]).includes(alert.severity) ? alert.severity : "info";
  const event: TimelineEventView = {
    id: 0,
    drillId: "preview",
    kind: "alert.fired",
    audience: "everyone",
    at: previewAt(alert.offsetMinutes),
    offsetMs: null,
    actor: bot,
    ref: alert.id,
    body: { alertId: alert.id, source, severity, title: alert.title?.trim() || "Untitled alert", body: alert.body ?? "" },
  };
  return (
    <PreviewFrame caption={timing}>
      <ChannelMessage event={event} />
    </PreviewFrame>
  );
}

export function HintPreview({ hint, number, timing }: { hint: FormHint | undefined; number: number; timing: string }) {
  if (!hint) return null;
  const event: TimelineEventView = {
    id: 0,
    drillId: "preview",
    kind: "hint.released",
    audience: "everyone",
    at: previewAt(hint.offsetMinutes),
    offsetMs: null,
    actor: bot,
    ref: hint.id,
    body: { hintId: hint.id, number, text: hint.text?.trim() || "The hint's text appears here." },
  };
  return (
    <PreviewFrame caption={timing}>
      <ChannelMessage event={event} />
    </PreviewFrame>
  );
}
