"use client";

import { useState } from "react";
import { Button } from "../ui/button";
import { ErrorBanner, inputClass } from "../ui/field";
import { useDrillAction } from "./use-drill-action";

/** Ending is final, so it takes a second, deliberate step with the outcome and a closing note. */
export function EndDrillForm({ drillId, mitigatedRecorded }: { drillId: string; mitigatedRecorded: boolean }) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<"mitigated" | "failed">(mitigatedRecorded ? "mitigated" : "failed");
  const [note, setNote] = useState("");
  const end = useDrillAction(drillId, "end");

  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        End drill…
      </Button>
    );
  return (
    <div className="absolute top-full right-0 z-20 mt-2 w-80 rounded-lg border border-zinc-700 bg-zinc-900 p-3 shadow-xl">
      <fieldset className="flex gap-2">
        <legend className="mb-1 text-xs font-medium text-zinc-400">Outcome</legend>
        {(["mitigated", "failed"] as const).map((value) => (
          <label key={value} className={`flex-1 cursor-pointer rounded-md border px-2 py-1.5 text-center text-sm capitalize ${outcome === value ? (value === "mitigated" ? "border-emerald-500 bg-emerald-950 text-emerald-200" : "border-amber-500 bg-amber-950 text-amber-200") : "border-zinc-700 text-zinc-300"}`}>
            <input type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} className="sr-only" />
            {value}
          </label>
        ))}
      </fieldset>
      <label htmlFor="end-note" className="mt-3 block text-xs font-medium text-zinc-400">
        Closing note
      </label>
      <textarea id="end-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} className={`${inputClass} mt-1`} placeholder="What happened, in one line" />
      <div className="mt-2">
        <ErrorBanner message={end.error?.message} />
      </div>
      <div className="mt-3 flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button variant={outcome === "mitigated" ? "success" : "danger"} size="sm" disabled={end.isPending} onClick={() => end.mutate({ outcome, note }, { onSuccess: () => setOpen(false) })}>
          Confirm: end as {outcome}
        </Button>
      </div>
    </div>
  );
}
