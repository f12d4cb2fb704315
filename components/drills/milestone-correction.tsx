"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { ApiError } from "@/lib/api-client";
import { formatOffset } from "@/lib/drill-model/clock";
import type { Milestone } from "@/lib/drill-model/milestone-names";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import { parseOffset } from "@/lib/drill-model/parse-offset";
import { correctMilestoneMutation } from "@/lib/queries/drills";
import type { TimelineEventView } from "@/lib/timeline/events";
import { EventLink } from "../timeline/event-extras";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { EventChoice } from "./event-choice";

type Correction = Extract<TimelineEventView, { kind: "milestone.corrected" }>;

/** Every correction of this milestone's time, oldest first, from the timeline. */
export function correctionsOf(events: TimelineEventView[], milestone: Milestone): Correction[] {
  return events.filter((event): event is Correction => event.kind === "milestone.corrected" && event.body.milestone === milestone);
}

export function CorrectionTrail({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <ol aria-label="Corrections" className="mt-1 flex flex-col gap-0.5 border-l border-zinc-700 pl-2 text-xs text-zinc-400">
      {corrections.map((correction) => (
        <li key={correction.id}>
          <span className="font-mono">
            {correction.body.fromOffsetMs === null ? "—" : formatOffset(correction.body.fromOffsetMs)} → {formatOffset(correction.body.toOffsetMs)}
          </span>{" "}
          <span className="text-zinc-300">“{correction.body.reason}”</span> <span className="text-zinc-500">· {correction.actor.name}</span>{" "}
          <EventLink seq={correction.id} />
        </li>
      ))}
    </ol>
  );
}

const FIELD_NAMES: Record<string, string> = { toOffsetMs: "New time", toSeq: "Event", reason: "Reason" };

function problemText(error: ApiError): string {
  const problem = error.problems[0];
  return problem ? `${FIELD_NAMES[problem.path] ?? problem.path} ${problem.message}` : error.message;
}

/** "Correct time": a new offset (mm:ss) or the time of an event, and a reason that goes into the audit trail. */
export function CorrectionForm({ drillId, milestone, events, onDone }: { drillId: string; milestone: Milestone; events: TimelineEventView[]; onDone: () => void }) {
  const id = useId();
  const label = MILESTONE_LABELS[milestone];
  const [mode, setMode] = useState<"offset" | "event">("offset");
  const [offset, setOffset] = useState("");
  const [seq, setSeq] = useState<number | null>(null);
  const [reason, setReason] = useState("");
  const correct = useMutation({ ...correctMilestoneMutation(useQueryClient(), drillId, milestone), onSuccess: onDone });
  const offsetMs = parseOffset(offset);
  const offsetInvalid = mode === "offset" && offset.trim() !== "" && offsetMs === null;
  const ready = reason.trim() !== "" && (mode === "offset" ? offsetMs !== null : seq !== null);
  // `ready` holds the chosen value: never null here.
  const submit = () => correct.mutate(mode === "offset" ? { toOffsetMs: offsetMs ?? undefined, reason } : { toSeq: seq ?? undefined, reason });
  return (
    <form
      aria-label={`Correct the time of ${label}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) submit();
      }}
      className="mt-1.5 flex flex-col gap-2 rounded-md border border-zinc-700 bg-zinc-950/60 p-2"
    >
      <fieldset className="flex gap-3 text-xs text-zinc-300">
        <legend className="sr-only">New time</legend>
        {(["offset", "event"] as const).map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input type="radio" name={`${id}-mode`} checked={mode === value} onChange={() => setMode(value)} className="accent-sky-500" />
            {value === "offset" ? "New offset" : "Time of an event"}
          </label>
        ))}
      </fieldset>
      {mode === "offset" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-offset`} className="text-xs font-medium text-zinc-400">
            New time (mm:ss on the drill clock)
          </label>
          <input id={`${id}-offset`} value={offset} onChange={(change) => setOffset(change.target.value)} placeholder="e.g. 12:30" aria-invalid={offsetInvalid || undefined} className={`${inputClass} h-7 py-0 font-mono text-xs`} />
          {offsetInvalid && <p className="text-xs text-rose-400">Write it as mm:ss, e.g. 12:30.</p>}
        </div>
      ) : (
        <EventChoice id={`${id}-event`} label="Event" purpose={`the new time of ${label}`} events={events} value={seq} onChange={setSeq} emptyLabel="Choose an event…" filter={(event) => event.offsetMs !== null} />
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-reason`} className="text-xs font-medium text-zinc-400">
          Reason for the correction
        </label>
        <input id={`${id}-reason`} value={reason} onChange={(change) => setReason(change.target.value)} placeholder="Why the recorded time was wrong" className={`${inputClass} h-7 py-0 text-xs`} />
      </div>
      {correct.error && (
        <p role="alert" className="text-xs text-rose-400">
          {problemText(correct.error)}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" variant="primary" disabled={!ready || correct.isPending}>
          Save correction
        </Button>
      </div>
    </form>
  );
}
