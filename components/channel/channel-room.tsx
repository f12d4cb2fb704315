"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { formatOffset } from "@/lib/drills/clock";
import { channelQuery, channelTimelineSource } from "@/lib/queries/drills";
import { queryKeys } from "@/lib/queries/keys";
import { useDrillClock } from "../drills/use-clock";
import { StreamBadge } from "../timeline/timeline-list";
import { useLiveTimeline } from "../timeline/use-live-timeline";
import { ErrorBanner } from "../ui/field";
import { ChannelMessage } from "./channel-message";
import { Composer } from "./composer";
import { JoinForm } from "./join-form";
import { useParticipant } from "./use-participant";

/** The built-in incident channel: what participants see when the drill has no Slack. */
export function ChannelRoom({ token }: { token: string }) {
  const queryClient = useQueryClient();
  const channel = useQuery(channelQuery(token));
  const { identity, save } = useParticipant(token);
  const timeline = useLiveTimeline(channelTimelineSource(token), (event) => {
    if (event.kind.startsWith("drill.")) void queryClient.invalidateQueries({ queryKey: queryKeys.channel.detail(token) });
  });
  const { elapsed } = useDrillClock(channel.data?.clock);
  const bottom = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Newer browsers return a promise from scrollIntoView; an effect must not return it.
    void bottom.current?.scrollIntoView({ block: "end" });
  }, [timeline.events.length]);

  if (channel.error) return <div className="p-6"><ErrorBanner message={channel.error.message} /></div>;
  if (!channel.data) return <p className="p-6 text-sm text-zinc-500">Opening channel…</p>;
  const { name, status, clock } = channel.data;
  const open = status === "running";

  return (
    <div className="mx-auto flex h-screen max-w-4xl flex-col border-x border-zinc-800 bg-zinc-950">
      <header className="flex items-center justify-between border-b border-zinc-800 px-4 py-2.5">
        <div>
          <h1 className="font-semibold text-white"># {name}</h1>
          <p className="text-xs text-zinc-500">Incident drill channel · {status === "planned" ? "waiting for the facilitator to start" : status === "running" ? "incident in progress" : "drill over"}</p>
        </div>
        <div className="flex items-center gap-3">
          {clock.startedAt && <span className="font-mono text-sm text-zinc-300 tabular-nums">{formatOffset(elapsed)}</span>}
          <StreamBadge state={timeline.state} />
        </div>
      </header>
      <div className="flex-1 overflow-y-auto px-4 py-3" aria-label="Channel history">
        <div className="flex flex-col gap-2.5">
          {timeline.events.length === 0 && <p className="text-sm text-zinc-500">No messages yet.</p>}
          {timeline.events.map((event) => (
            <ChannelMessage key={event.id} event={event} />
          ))}
          <div ref={bottom} />
        </div>
      </div>
      {identity ? (
        <>
          <p className="px-4 pt-1 text-xs text-zinc-500">Posting as {identity.displayName}</p>
          <Composer token={token} participantId={identity.participantId} channelName={name} disabled={!open} />
        </>
      ) : status === "planned" || status === "running" ? (
        <JoinForm token={token} onJoined={save} />
      ) : (
        <p className="border-t border-zinc-800 p-3 text-sm text-zinc-500">This drill is over; the channel is read-only.</p>
      )}
    </div>
  );
}
