"use client";

import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { formatOffset } from "@/lib/drill-model/clock";
import type { TimelineEventView } from "@/lib/timeline/events";
import { foldChat } from "@/lib/timeline/fold-chat";
import { RichText } from "../scenarios/rich-text";
import { Badge } from "../ui/badge";
import { describeEvent } from "./describe-event";
import { EventRefs, PickButton } from "./event-extras";
import { MirroredMessage } from "./mirrored-message";
import type { StreamState } from "./use-live-timeline";

const stateBadge: Record<StreamState, { tone: "success" | "warning" | "neutral"; text: string }> = {
  live: { tone: "success", text: "live" },
  connecting: { tone: "neutral", text: "connecting…" },
  reconnecting: { tone: "warning", text: "reconnecting…" },
};

export function StreamBadge({ state }: { state: StreamState }) {
  const { tone, text } = stateBadge[state];
  return <Badge tone={tone}>{text}</Badge>;
}

/**
 * The staff timeline: every event, oldest first, following the newest unless the reader scrolled up.
 * `action`: an optional control on each row (the debrief's key-moment star).
 */
export function TimelineList({ events, className = "", action }: { events: TimelineEventView[]; className?: string; action?: (event: TimelineEventView) => ReactNode }) {
  const scroller = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);
  const chat = useMemo(() => foldChat(events), [events]);

  useEffect(() => {
    const element = scroller.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [events.length]);

  if (events.length === 0) return <p className="p-3 text-sm text-zinc-500">Nothing has happened yet.</p>;
  return (
    <ol
      ref={scroller}
      aria-label="Timeline"
      onScroll={(event) => {
        const element = event.currentTarget;
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
      }}
      className={`divide-y divide-zinc-800/70 overflow-y-auto ${className}`}
    >
      {events.map((event) => {
        // Reactions are shown on the message they belong to.
        if (event.kind === "chat.reaction") return null;
        const description = describeEvent(event);
        const folded = event.kind === "chat.message" && event.body.format === "mrkdwn" ? chat.get(event.id) : undefined;
        const { label, tone, title, detail } = description;
        const isChat = event.kind === "chat.message";
        return (
          <li key={event.id} id={`event-${event.id}`} data-seq={event.id} data-kind={event.kind} className="grid scroll-mt-8 grid-cols-[4.5rem_1fr] gap-2 px-3 py-1.5 text-sm transition-colors data-[highlight=true]:bg-amber-500/15">
            <time dateTime={event.at} title={new Date(event.at).toLocaleString()} className="pt-0.5 font-mono text-xs text-zinc-500 tabular-nums">
              {event.offsetMs === null ? "—" : formatOffset(event.offsetMs)}
            </time>
            <div className="min-w-0">
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                <Badge tone={tone}>{label}</Badge>
                {isChat ? (
                  <span className="font-medium text-sky-300">
                    {event.actor.name}
                    {event.kind === "chat.message" && event.body.botId && (
                      <span title="Posted by another integration in Slack" className="ml-1.5 rounded bg-zinc-800 px-1 align-middle text-[10px] font-normal tracking-wide text-zinc-400 uppercase">
                        bot
                      </span>
                    )}
                  </span>
                ) : (
                  <span className="text-xs text-zinc-500">{event.actor.name}</span>
                )}
                <span className="font-mono text-[11px] text-zinc-600">#{event.id}</span>
                {action?.(event)}
                <PickButton seq={event.id} />
              </div>
              {folded ? (
                <MirroredMessage message={folded} />
              ) : isChat ? (
                <p className="mt-0.5 break-words whitespace-pre-wrap text-zinc-100">{title}</p>
              ) : (
                // Alerts, hints, the briefing and notes carry the scenario's markup: shown as on the scenario's page.
                <RichText text={title} empty={null} className="mt-0.5 text-zinc-200" />
              )}
              {detail && <RichText text={detail} size="xs" empty={null} className="mt-0.5 line-clamp-3 text-zinc-400" />}
              <EventRefs description={description} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
