"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { api, type ApiError } from "@/lib/api-client";
import { formatOffset } from "@/lib/drill-model/clock";
import { can } from "@/lib/drill-model/state-machine";
import type { TimelineEventView } from "@/lib/timeline/events";
import { channelQuery, channelTimelineSource } from "@/lib/queries/drills";
import { queryKeys } from "@/lib/queries/keys";
import { useDrillClock } from "../drills/use-clock";
import { StreamBadge } from "../timeline/timeline-list";
import { useLiveTimeline } from "../timeline/use-live-timeline";
import { ErrorBanner } from "../ui/field";
import { ChannelMessage, type AlertAck } from "./channel-message";
import { ChannelSurvey } from "./channel-survey";
import { Composer } from "./composer";
import { JoinForm } from "./join-form";
import { keyHeaders, useParticipant, usePersonalLink } from "./use-participant";

/** Who acknowledged each page, and which participants joined as guests: read off the channel's own timeline, so it is live for everyone. */
function useChannelFacts(events: TimelineEventView[]) {
  return useMemo(() => {
    const acks = new Map<string, AlertAck>();
    const guests = new Set<string>();
    for (const event of events) {
      if (event.kind === "alert.acknowledged") acks.set(event.body.alertId, { name: event.actor.name, offsetMs: event.offsetMs });
      if (event.kind === "participant.joined" && event.body.guest) guests.add(event.body.participantId);
    }
    return { acks, guests };
  }, [events]);
}

/** The built-in incident channel: what participants see when the drill has no Slack. */
export function ChannelRoom({ token }: { token: string }) {
  const queryClient = useQueryClient();
  const channel = useQuery(channelQuery(token));
  const { identity, save } = useParticipant(token);
  const personalLink = usePersonalLink(token, save);
  const timeline = useLiveTimeline(channelTimelineSource(token), (event) => {
    if (event.kind.startsWith("drill.")) void queryClient.invalidateQueries({ queryKey: queryKeys.channel.detail(token) });
  });
  const { elapsed } = useDrillClock(channel.data?.clock);
  const { acks, guests } = useChannelFacts(timeline.events);
  const acknowledge = useMutation<unknown, ApiError, string>({
    mutationFn: (alertId) => api(`/api/channel/${token}/acknowledgements`, { body: { alertId }, headers: identity ? keyHeaders(identity) : {} }),
  });
  const bottom = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Newer browsers return a promise from scrollIntoView; an effect must not return it.
    void bottom.current?.scrollIntoView({ block: "end" });
  }, [timeline.events.length]);

  if (channel.error) return <div className="p-6"><ErrorBanner message={channel.error.message} /></div>;
  if (!channel.data) return <p className="p-6 text-sm text-zinc-500">Opening channel…</p>;
  const { name, title, status, clock } = channel.data;
  const open = can(status, "post_message");
  const over = status !== "planned" && status !== "running";
  const closedText = open ? null : over ? "The drill is over: the channel is read-only" : "The channel opens when the drill starts";

  return (
    <div className="mx-auto flex h-screen max-w-4xl flex-col border-x border-zinc-800 bg-zinc-950">
      <header className="flex items-center justify-between border-b border-zinc-800 px-4 py-2.5">
        <div>
          <h1 className="font-semibold text-white"># {name}</h1>
          <p className="text-xs text-zinc-500"><span data-testid="channel-title" className="text-zinc-300">{title}</span> · {status === "planned" ? "waiting for the facilitator to start" : status === "running" ? "incident in progress" : "drill over"}</p>
        </div>
        <div className="flex items-center gap-3">
          {clock.startedAt && <span className="font-mono text-sm text-zinc-300 tabular-nums">{formatOffset(elapsed)}</span>}
          <StreamBadge state={timeline.state} />
        </div>
      </header>
      <div className="flex-1 overflow-y-auto px-4 py-3" aria-label="Channel history">
        <div className="flex flex-col gap-2.5">
          {timeline.events.length === 0 && <p className="text-sm text-zinc-500">No messages yet.</p>}
          {timeline.events.map((event) => {
            const alertId = event.kind === "alert.fired" ? event.body.alertId : null;
            return (
              <ChannelMessage
                key={event.id}
                event={event}
                ack={alertId ? acks.get(alertId) : undefined}
                guest={event.kind === "chat.message" && guests.has(event.body.participantId)}
                onAcknowledge={alertId && identity && open ? () => acknowledge.mutate(alertId) : undefined}
                acknowledging={acknowledge.isPending}
              />
            );
          })}
          {over && <ChannelSurvey token={token} identity={identity} />}
          <div ref={bottom} />
        </div>
      </div>
      {acknowledge.error && <p role="alert" className="px-4 pt-1 text-xs text-rose-400">{acknowledge.error.message}</p>}
      {personalLink.error && !over && <p role="alert" className="px-4 pt-1 text-xs text-rose-400">{personalLink.error.message}</p>}
      {over && (
        <p role="status" className="border-t border-zinc-800 px-4 pt-2 text-sm font-medium text-zinc-300">
          The drill is over. Thank you for taking part.
        </p>
      )}
      {identity ? (
        <>
          <p className="px-4 pt-1 text-xs text-zinc-500">
            Posting as {identity.displayName}
            {identity.guest ? " (guest)" : ""}
          </p>
          <Composer token={token} identity={identity} channelName={name} closedText={closedText} />
        </>
      ) : over ? (
        <p className="p-3 text-sm text-zinc-500">The channel is read-only now.</p>
      ) : personalLink.isPending ? (
        <p className="border-t border-zinc-800 p-3 text-sm text-zinc-500">Opening your personal link…</p>
      ) : (
        <JoinForm token={token} onJoined={save} />
      )}
    </div>
  );
}
