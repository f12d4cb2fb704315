"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { MILESTONES, type Milestone } from "@/lib/drill-model/milestone-names";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import type { DrillView } from "@/lib/drills/view";
import { afterTheFactMutation } from "@/lib/queries/review";
import type { TimelineEventView } from "@/lib/timeline/events";
import { EventChoice } from "../drills/event-choice";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { inputClass } from "../ui/field";

/** A milestone nobody pressed during the drill, recorded in review at the past event that shows it, with why it was missed. */
export function AfterTheFactForm({ drill, events }: { drill: DrillView; events: TimelineEventView[] }) {
  const missing = MILESTONES.filter((milestone) => !drill.progress.milestones[milestone]);
  const [milestone, setMilestone] = useState<Milestone | "">("");
  const [evidenceSeq, setEvidenceSeq] = useState<number | null>(null);
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const record = useMutation(afterTheFactMutation(useQueryClient(), drill.id));
  const ready = milestone !== "" && evidenceSeq !== null && reason.trim() !== "";
  const reset = () => {
    setMilestone("");
    setEvidenceSeq(null);
    setReason("");
    setNote("");
  };
  return (
    <Card title="Record a milestone after the fact">
      {missing.length === 0 ? (
        <p className="text-sm text-zinc-500">Every milestone was recorded.</p>
      ) : (
        <form
          aria-label="Record a milestone after the fact"
          onSubmit={(submit) => {
            submit.preventDefault();
            if (milestone === "" || evidenceSeq === null || !reason.trim()) return;
            record.mutate({ milestone, evidenceSeq, reason: reason.trim(), ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: reset });
          }}
          className="flex flex-col gap-2"
        >
          <p className="text-xs text-zinc-400">It counts as reached at the event you choose, and the scorecard marks it &ldquo;recorded after the fact&rdquo;.</p>
          <div className="flex flex-col gap-1">
            <label htmlFor="late-milestone" className="text-xs font-medium text-zinc-400">
              Milestone
            </label>
            <select id="late-milestone" value={milestone} onChange={(change) => setMilestone(change.target.value as Milestone | "")} className={`${inputClass} h-8 py-0 text-sm`}>
              <option value="">Choose a milestone not reached…</option>
              {missing.map((each) => (
                <option key={each} value={each}>
                  {MILESTONE_LABELS[each]}
                </option>
              ))}
            </select>
          </div>
          <EventChoice id="late-evidence" label="Reached at (a past event)" purpose="the moment the milestone was reached" events={events} value={evidenceSeq} onChange={setEvidenceSeq} emptyLabel="Choose the event…" filter={(event) => event.offsetMs !== null} />
          <div className="flex flex-col gap-1">
            <label htmlFor="late-reason" className="text-xs font-medium text-zinc-400">
              Why it was not recorded then (required)
            </label>
            <input id="late-reason" value={reason} maxLength={1000} onChange={(change) => setReason(change.target.value)} placeholder="Forgot to press it while the team escalated" className={`${inputClass} h-8 py-0`} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="late-note" className="text-xs font-medium text-zinc-400">
              Note (optional)
            </label>
            <input id="late-note" value={note} maxLength={2000} onChange={(change) => setNote(change.target.value)} placeholder="What they did" className={`${inputClass} h-8 py-0`} />
          </div>
          {record.error && (
            <p role="alert" className="text-xs text-rose-400">
              {record.error.problems[0] ? `${record.error.problems[0].path} ${record.error.problems[0].message}` : record.error.message}
            </p>
          )}
          <Button type="submit" size="sm" variant="success" disabled={!ready || record.isPending} className="self-end">
            Record after the fact
          </Button>
        </form>
      )}
    </Card>
  );
}
