"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { formatOffset } from "@/lib/drill-model/clock";
import { drillTimelineSource, timelineQuery } from "@/lib/queries/drills";
import type { TimelineEventView } from "@/lib/timeline/events";
import { describeEvent } from "../timeline/describe-event";
import { startPicking, stopPicking, useEventPicker, type EventPicker } from "../timeline/event-pick";
import { inputClass } from "../ui/field";

/** The drill's staff timeline as the live stream keeps it in the query cache (the control room and observer view hold it). */
export function useDrillEvents(drillId: string): TimelineEventView[] {
  return useQuery(timelineQuery(drillTimelineSource(drillId))).data ?? [];
}

export function eventSummary(event: TimelineEventView): string {
  const { label, title } = describeEvent(event);
  const who = event.actor.type === "participant" ? `${event.actor.name}: ` : "";
  const text = `${who}${title}`.replace(/\s+/g, " ");
  const at = event.offsetMs === null ? "before start" : formatOffset(event.offsetMs);
  return `#${event.id} ${at} · ${label} · ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
}

/**
 * Chooses one event of the timeline: a select of the recent ones (newest first), or "Link from
 * timeline", which puts Pick buttons on the timeline's rows.
 */
export function EventChoice({
  id,
  label,
  purpose,
  events,
  value,
  onChange,
  emptyLabel,
  filter = () => true,
}: {
  id: string;
  label: string;
  purpose: string;
  events: TimelineEventView[];
  value: number | null;
  onChange: (seq: number | null) => void;
  emptyLabel: string;
  filter?: (event: TimelineEventView) => boolean;
}) {
  const picker = useEventPicker();
  const picking = picker?.purpose === purpose;
  const recent = events.filter(filter).slice(-30).reverse();
  const chosen = value !== null && !recent.some((event) => event.id === value) ? events.find((event) => event.id === value) : undefined;
  const mine = useRef<EventPicker | null>(null);
  useEffect(() => () => stopPicking(mine.current ?? undefined), []);
  const toggle = () => {
    if (picking) return stopPicking();
    mine.current = { purpose, pick: (seq) => onChange(seq) };
    startPicking(mine.current);
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-zinc-400">
        {label}
      </label>
      <select id={id} value={value ?? ""} onChange={(change) => onChange(change.target.value ? Number(change.target.value) : null)} className={`${inputClass} h-7 py-0 text-xs`}>
        <option value="">{emptyLabel}</option>
        {chosen && <option value={chosen.id}>{eventSummary(chosen)}</option>}
        {recent.map((event) => (
          <option key={event.id} value={event.id}>
            {eventSummary(event)}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={toggle}
        aria-pressed={picking}
        aria-label={`Link ${purpose} from the timeline`}
        className={`self-start rounded px-1 text-xs focus-visible:outline-2 focus-visible:outline-sky-400 ${picking ? "bg-sky-900 text-sky-100" : "text-sky-400 hover:underline"}`}
      >
        {picking ? "Picking in the timeline… (cancel)" : "or link from the timeline"}
      </button>
      {picking && <p className="text-xs text-sky-300">Press Pick on an event in the timeline.</p>}
    </div>
  );
}
