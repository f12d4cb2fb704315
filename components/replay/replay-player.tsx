"use client";

import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { ReplayView } from "@/lib/review/replay/types";
import type { ReplaySource } from "@/lib/queries/replay";
import { ChannelPane } from "./channel-pane";
import { ControlPane } from "./control-pane";
import { MilestoneList } from "./milestone-list";
import { ReplayHeader } from "./replay-header";
import { isTextField, keyAction } from "./replay-keys";
import { buildReplayModel, listMoment } from "./replay-model";
import { indexAt, milestoneFrom, parseT, urlAt } from "./replay-time";
import { Swimlanes } from "./swimlanes";
import { Transport } from "./transport";
import { usePlayback, type Playback } from "./use-playback";

// The address follows the play head at most this often, so scrubbing does not flood the history API.
const ADDRESS_EVERY_MS = 250;

/** The replay of an ended drill: transport, swimlanes, and the channel and the control room side by side at the play head. */
export function ReplayPlayer({ view, source }: { view: ReplayView; source: ReplaySource }) {
  const model = useMemo(() => buildReplayModel(view), [view]);
  const [initialT] = useState(() => (typeof window === "undefined" ? null : parseT(new URLSearchParams(window.location.search).get("t"), view.durationMs)));
  const playback = usePlayback(view.durationMs, initialT ?? 0);
  const root = useRef<HTMLDivElement>(null);
  const { t } = playback;

  const jumpToMilestone = (direction: "previous" | "next") => {
    const milestone = milestoneFrom(view.milestones, playback.t, direction);
    if (milestone) playback.seek(milestone.t);
  };
  useKeyboard(playback, jumpToMilestone);
  useAddressFollows(t, playback.playing);
  usePaintMarks(root, playback.seeks);

  // The lists change only when the play head crosses an event, not at every frame.
  const moment = listMoment(model.allTimes, indexAt(model.allTimes, t));
  return (
    <div ref={root} data-testid="replay" className="flex flex-col gap-4">
      <ReplayHeader view={view} source={source} />
      <Transport playback={playback} startMs={model.startMs} durationMs={view.durationMs} pauses={view.pauses} milestones={view.milestones} onMilestone={jumpToMilestone} />
      <Swimlanes lanes={model.lanes} marksByLane={model.marksByLane} durationMs={view.durationMs} pauses={view.pauses} t={t} onSeek={playback.seek} />
      <MilestoneList milestones={view.milestones} answer={view.answer} pauses={view.pauses} t={t} onSeek={playback.seek} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ChannelPane model={model} moment={moment} />
        <ControlPane model={model} moment={moment} pauses={view.pauses} />
      </div>
    </div>
  );
}

function useKeyboard(playback: Playback, jumpToMilestone: (direction: "previous" | "next") => void) {
  const latest = useRef({ playback, jumpToMilestone });
  latest.current = { playback, jumpToMilestone };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target as HTMLElement | null)) return;
      const action = keyAction(event);
      if (!action) return;
      // Also keeps a focused button from clicking on space, and the page and the range input from moving on arrows.
      event.preventDefault();
      const { playback: current, jumpToMilestone: jump } = latest.current;
      if (action.type === "toggle") current.toggle();
      else if (action.type === "step") current.seek(current.t + action.ms);
      else jump(action.direction);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

/** While paused or scrubbing, `?t=` says where the play head is, so the address can be shared as it is. */
function useAddressFollows(t: number, playing: boolean) {
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestT = useRef(t);
  latestT.current = t;
  useEffect(() => {
    if (playing || pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = undefined;
      window.history.replaceState(window.history.state, "", urlAt(window.location.href, latestT.current));
    }, ADDRESS_EVERY_MS);
  }, [t, playing]);
  useEffect(() => () => clearTimeout(pending.current), []);
}

/**
 * Performance marks for bench/replay-chromium.ts: `replay:ready` once the first frame with the lanes and both lists
 * is painted, and a `replay:seek` measure from each seek to the frame painted after it.
 */
function usePaintMarks(root: RefObject<HTMLDivElement | null>, seeks: number) {
  useEffect(() => afterPaint(() => {
    performance.mark("replay:ready");
    root.current?.setAttribute("data-ready", "true");
  }), [root]);
  useEffect(() => {
    if (seeks === 0) return;
    return afterPaint(() => {
      performance.measure("replay:seek", "replay:seek-start");
      root.current?.setAttribute("data-seeks-painted", String(seeks));
    });
  }, [root, seeks]);
}

// A frame callback runs before that frame's paint; a task queued from it runs after the paint.
function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
