"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { formatOffset } from "@/lib/drill-model/clock";
import type { Milestone } from "@/lib/drill-model/milestone-names";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { recordMilestoneMutation } from "@/lib/queries/drills";
import type { TimelineEventView } from "@/lib/timeline/events";
import { EventLink } from "../timeline/event-extras";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { EventChoice } from "./event-choice";
import { drillPhase } from "./drill-phase";
import { CorrectionForm, CorrectionTrail, correctionsOf } from "./milestone-correction";

/** Recording with a note and the event that proves it. */
function RecordForm({ drill, milestone, events, onDone }: { drill: DrillView; milestone: Milestone; events: TimelineEventView[]; onDone: () => void }) {
  const id = useId();
  const label = MILESTONE_LABELS[milestone];
  const [note, setNote] = useState("");
  const [evidence, setEvidence] = useState<number | null>(null);
  const record = useMutation(recordMilestoneMutation(useQueryClient(), drill.id));
  return (
    <form
      aria-label={`Details for ${label}`}
      onSubmit={(submit) => {
        submit.preventDefault();
        record.mutate({ milestone, note, ...(evidence === null ? {} : { evidenceSeq: evidence }) }, { onSuccess: onDone });
      }}
      className="mt-1.5 flex flex-col gap-2 rounded-md border border-zinc-700 bg-zinc-950/60 p-2"
    >
      <EventChoice id={`${id}-evidence`} label="Evidence (optional)" purpose={`evidence for ${label}`} events={events} value={evidence} onChange={setEvidence} emptyLabel="No evidence" />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-note`} className="text-xs font-medium text-zinc-400">
          Note (optional)
        </label>
        <input id={`${id}-note`} value={note} onChange={(change) => setNote(change.target.value)} placeholder="What they did" className={`${inputClass} h-7 py-0 text-xs`} />
      </div>
      {record.error && (
        <p role="alert" className="text-xs text-rose-400">
          {record.error.problems[0]?.message ? `Evidence ${record.error.problems[0].message}` : record.error.message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" variant="success" disabled={record.isPending}>
          Record {label}
        </Button>
      </div>
    </form>
  );
}

export function MilestoneRow({ drill, milestone, events }: { drill: DrillView; milestone: Milestone; events: TimelineEventView[] }) {
  const [open, setOpen] = useState<"record" | "correct" | null>(null);
  const quick = useMutation(recordMilestoneMutation(useQueryClient(), drill.id));
  const label = MILESTONE_LABELS[milestone];
  const reached = drill.progress.milestones[milestone];
  const corrections = correctionsOf(events, milestone);
  const phase = drillPhase(drill.status);
  const canRecord = can(drill.status, "record_milestone");
  // Before the start the buttons show what will be possible; after the end only corrections remain.
  const showRecord = canRecord || phase === "planned";
  const canCorrect = can(drill.status, "correct_milestone");
  const close = () => setOpen(null);

  if (!reached)
    return (
      <li data-milestone={milestone} className="py-1">
        <div className="flex items-center justify-between gap-2 text-sm">
          <span className="text-zinc-300">{label}</span>
          {!showRecord ? (
            <span className="text-xs text-zinc-500">not reached</span>
          ) : (
            <span className="flex gap-1">
              <Button size="sm" variant="ghost" disabled={!canRecord} aria-expanded={open === "record"} aria-label={`Record ${label} with details`} title="Record with a note or evidence" onClick={() => setOpen(open ? null : "record")}>
                Details
              </Button>
              <Button size="sm" variant="success" disabled={!canRecord || quick.isPending} onClick={() => quick.mutate({ milestone })} aria-label={`Record milestone: ${label}`}>
                Record
              </Button>
            </span>
          )}
        </div>
        {quick.error && <p role="alert" className="text-xs text-rose-400">{quick.error.message}</p>}
        {open === "record" && canRecord && <RecordForm drill={drill} milestone={milestone} events={events} onDone={close} />}
      </li>
    );

  return (
    <li data-milestone={milestone} className="py-1">
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="text-emerald-300">✓ {label}</span>
        <span className="font-mono text-xs text-emerald-400" title={corrections.length ? "corrected: see below" : undefined}>
          {formatOffset(reached.offsetMs ?? 0)}
          {corrections.length ? "*" : ""}
        </span>
      </div>
      <div className="flex items-center justify-between gap-2 text-xs text-zinc-500">
        <span>{reached.evidenceSeq ? <>evidence <EventLink seq={reached.evidenceSeq} /></> : "no evidence linked"}</span>
        {canCorrect && (
          <button type="button" aria-expanded={open === "correct"} aria-label={`Correct time: ${label}`} onClick={() => setOpen(open ? null : "correct")} className="rounded px-1 text-zinc-400 hover:bg-zinc-800 hover:text-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-400">
            Correct time
          </button>
        )}
      </div>
      <CorrectionTrail corrections={corrections} />
      {open === "correct" && <CorrectionForm drillId={drill.id} milestone={milestone} events={events} onDone={close} />}
    </li>
  );
}
