"use client";

import { memo } from "react";
import { RichText } from "../scenarios/rich-text";
import { describeEvent } from "../timeline/describe-event";
import { EventRefs } from "../timeline/event-extras";
import { MirroredMessage } from "../timeline/mirrored-message";
import { Badge } from "../ui/badge";
import { messageAt } from "./chat-at";
import type { ReplayModel, TimedEvent } from "./replay-model";
import { ReplayList } from "./replay-list";
import { PaneFrame } from "./pane-frame";
import { clockLabel, indexAt } from "./replay-time";

/** "What facilitators saw": the control room's timeline at the play head, each event described as it is there. */
export const ControlPane = memo(function ControlPane({ model, moment, pauses }: { model: ReplayModel; moment: number; pauses: { from: number; to: number }[] }) {
  const count = indexAt(model.control.times, moment);
  return (
    <PaneFrame title="Control room — what facilitators saw" count={count} total={model.control.rows.length}>
      <ReplayList
        label="Control room at the play head"
        rows={model.control.rows}
        count={count}
        estimate={52}
        empty="Nothing had happened yet."
        renderRow={(row) => <ControlRow row={row} model={model} moment={moment} pauses={pauses} />}
      />
    </PaneFrame>
  );
});

function ControlRow({ row, model, moment, pauses }: { row: TimedEvent; model: ReplayModel; moment: number; pauses: { from: number; to: number }[] }) {
  const { event } = row;
  const description = describeEvent(event);
  const { label, tone, title, detail } = description;
  // Slack's messages are the ones that get edited, deleted and reacted to; the built-in channel's are plain text.
  const history = event.kind === "chat.message" && event.body.format === "mrkdwn" ? model.chat.get(event.id) : undefined;
  const isChat = event.kind === "chat.message";
  return (
    <div className="grid grid-cols-[4.5rem_1fr] gap-2 px-3 py-1.5 text-sm">
      <time dateTime={event.at} title={new Date(event.at).toLocaleString()} className="pt-0.5 font-mono text-xs text-zinc-500 tabular-nums">
        {clockLabel(pauses, row.t)}
      </time>
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
          <Badge tone={tone}>{label}</Badge>
          <span className={isChat ? "font-medium text-sky-300" : "text-xs text-zinc-500"}>{event.actor.name}</span>
          <span className="font-mono text-[11px] text-zinc-600">#{event.id}</span>
        </div>
        {history ? (
          <MirroredMessage message={messageAt(history, moment)} />
        ) : isChat ? (
          <p className="mt-0.5 break-words whitespace-pre-wrap text-zinc-100">{title}</p>
        ) : (
          <RichText text={title} empty={null} className="mt-0.5 text-zinc-200" />
        )}
        {detail && <RichText text={detail} size="xs" empty={null} className="mt-0.5 line-clamp-3 text-zinc-400" />}
        <EventRefs description={description} plain />
      </div>
    </div>
  );
}
