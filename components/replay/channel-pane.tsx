"use client";

import { format } from "date-fns";
import { memo } from "react";
import { ChannelMessage } from "../channel/channel-message";
import { Mrkdwn } from "../timeline/mrkdwn";
import { Reactions } from "../timeline/mirrored-message";
import { messageAt } from "./chat-at";
import type { ReplayModel, TimedEvent } from "./replay-model";
import { ReplayList } from "./replay-list";
import { PaneFrame } from "./pane-frame";
import { indexAt } from "./replay-time";

/**
 * "What participants saw": the channel at the play head. A message reads as it did then (an edit after the play
 * head is not applied yet; one deleted before it says so), and reactions are counted up to it.
 */
export const ChannelPane = memo(function ChannelPane({ model, moment }: { model: ReplayModel; moment: number }) {
  const count = indexAt(model.channel.times, moment);
  return (
    <PaneFrame title="Channel — what participants saw" count={count} total={model.channel.rows.length}>
      <ReplayList label="Channel at the play head" rows={model.channel.rows} count={count} estimate={56} empty="Nothing had been said in the channel yet." renderRow={(row) => <ChannelRow row={row} model={model} moment={moment} />} />
    </PaneFrame>
  );
});

function ChannelRow({ row, model, moment }: { row: TimedEvent; model: ReplayModel; moment: number }) {
  const { event } = row;
  let content;
  if (event.kind === "chat.message") {
    const history = model.chat.get(event.id);
    const message = history ? messageAt(history, moment) : null;
    content = (
      <div data-testid="replay-channel-chat" className="px-1">
        <div className="flex items-baseline gap-2">
          <span className="font-semibold text-zinc-100">{event.actor.name}</span>
          {event.body.botId && <span className="rounded bg-zinc-800 px-1 text-[10px] font-semibold text-zinc-400 uppercase">bot</span>}
          <time dateTime={event.at} className="text-xs text-zinc-500">
            {format(new Date(event.at), "HH:mm:ss")}
          </time>
          {message && message.history.length > 0 && !message.deleted && <span className="text-[11px] text-zinc-500">(edited)</span>}
        </div>
        {message?.deleted ? (
          <p className="text-sm text-zinc-500 italic">message deleted</p>
        ) : event.body.format === "mrkdwn" ? (
          <div className="text-sm text-zinc-200">
            <Mrkdwn text={message?.text ?? event.body.text} names={message?.mentions} />
          </div>
        ) : (
          <p className="text-sm break-words whitespace-pre-wrap text-zinc-200">{message?.text ?? event.body.text}</p>
        )}
        {message && !message.deleted && <Reactions reactions={message.reactions} />}
      </div>
    );
  } else if (event.kind === "alert.acknowledged") {
    content = (
      <p className="px-1 text-xs text-emerald-300">
        ✓ <span className="font-semibold">{event.actor.name}</span> acknowledged {event.body.title}
      </p>
    );
  } else {
    const ack = event.kind === "alert.fired" ? model.acknowledgements.get(event.body.alertId) : undefined;
    content = <ChannelMessage event={event} ack={ack && ack.t <= moment ? ack : undefined} />;
  }
  return <div className="px-3 py-1.5">{content}</div>;
}
