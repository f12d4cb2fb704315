import { asSeenBy, type TimelineEventView } from "@/lib/timeline/events";
import type { ReplayLane, ReplayMark, ReplayView } from "@/lib/review/replay/types";
import { chatHistories, type MessageHistory } from "./chat-at";

/** One row of a replay list: the event and its moment. */
export interface TimedEvent {
  event: TimelineEventView;
  t: number;
}

/** A list at the play head: its rows and their ascending moments, for a binary search per frame. */
export interface ReplayList {
  rows: TimedEvent[];
  times: number[];
}

export interface Acknowledgement {
  t: number;
  name: string;
  offsetMs: number | null;
}

/** Everything the player reads per frame, computed once per replay. */
export interface ReplayModel {
  startMs: number;
  /** What participants saw: `everyone` events as the channel showed them; edits, deletions and reactions folded in. */
  channel: ReplayList;
  /** What facilitators saw: every event; reactions are shown on their message. */
  control: ReplayList;
  /** Every event's moment: the lists change only when the play head crosses one. */
  allTimes: number[];
  chat: Map<number, MessageHistory>;
  /** Each fired alert's first acknowledgement. */
  acknowledgements: Map<string, Acknowledgement>;
  lanes: ReplayLane[];
  marksByLane: Map<string, ReplayMark[]>;
}

// Folded onto their message in both lists, as the channel and the control room show them.
const FOLDED_IN_CHANNEL = new Set(["chat.edited", "chat.deleted", "chat.reaction"]);

const toList = (rows: TimedEvent[]): ReplayList => ({ rows, times: rows.map((row) => row.t) });

export function buildReplayModel(view: ReplayView): ReplayModel {
  const startMs = Date.parse(view.startedAt);
  // Sorted by moment (stable, so seq order breaks ties): Slack's own times can arrive out of seq order.
  const timed = view.events.map((event) => ({ event, t: Date.parse(event.at) - startMs })).sort((a, b) => a.t - b.t);
  const channel = timed.filter(({ event }) => event.audience === "everyone" && !FOLDED_IN_CHANNEL.has(event.kind)).map(({ event, t }) => ({ event: asSeenBy("participant", event), t }));
  const control = timed.filter(({ event }) => event.kind !== "chat.reaction");
  const acknowledgements = new Map<string, Acknowledgement>();
  for (const { event, t } of timed)
    if (event.kind === "alert.acknowledged" && !acknowledgements.has(event.body.alertId)) acknowledgements.set(event.body.alertId, { t, name: event.actor.name, offsetMs: event.offsetMs });
  // A share link's holder never sees notes; the server leaves them out, and the player does not draw their lane either.
  const lanes = view.audience === "viewer" ? view.lanes.filter((lane) => lane.kind !== "notes") : view.lanes;
  const marksByLane = new Map<string, ReplayMark[]>(lanes.map((lane) => [lane.id, []]));
  for (const mark of view.marks) marksByLane.get(mark.lane)?.push(mark);
  return {
    startMs,
    channel: toList(channel),
    control: toList(control),
    allTimes: timed.map((row) => row.t),
    chat: chatHistories(timed),
    acknowledgements,
    lanes,
    marksByLane,
  };
}

/** The moment of the last event at or before `t` (or -∞): the lists render again only when it changes. */
export function listMoment(allTimes: readonly number[], index: number): number {
  return allTimes[index - 1] ?? Number.NEGATIVE_INFINITY;
}
