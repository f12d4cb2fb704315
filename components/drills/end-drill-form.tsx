"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { drillQuery, endDrillMutation } from "@/lib/queries/drills";
import { Button } from "../ui/button";
import { ErrorBanner } from "../ui/field";
import { ActiveInjections } from "./active-injections";
import { ShareNoteField } from "./share-note-field";

/**
 * Ending is final, so it takes a second, deliberate step with the outcome and a closing note (staff only unless
 * shared). Injections still in place are named first, with the offer to roll them back before ending.
 */
export function EndDrillForm({ drillId, mitigatedRecorded }: { drillId: string; mitigatedRecorded: boolean }) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<"mitigated" | "failed">(mitigatedRecorded ? "mitigated" : "failed");
  const [note, setNote] = useState("");
  const [shareNote, setShareNote] = useState(false);
  const end = useMutation(endDrillMutation(useQueryClient(), drillId));
  // The control room has the drill loaded already: this reads it from the cache.
  const drill = useQuery(drillQuery(drillId)).data;

  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        End drill…
      </Button>
    );
  return (
    <div role="dialog" aria-label="End the drill" className="absolute top-full right-0 z-20 mt-2 w-96 rounded-lg border border-zinc-700 bg-zinc-900 p-3 shadow-xl">
      <fieldset className="flex gap-2">
        <legend className="mb-1 text-xs font-medium text-zinc-400">Outcome</legend>
        {(["mitigated", "failed"] as const).map((value) => (
          <label key={value} className={`flex-1 cursor-pointer rounded-md border px-2 py-1.5 text-center text-sm capitalize ${outcome === value ? (value === "mitigated" ? "border-emerald-500 bg-emerald-950 text-emerald-200" : "border-amber-500 bg-amber-950 text-amber-200") : "border-zinc-700 text-zinc-300"}`}>
            <input type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} className="sr-only" />
            {value}
          </label>
        ))}
      </fieldset>
      {drill && <ActiveInjections drill={drill} />}
      <ShareNoteField label="Closing note" placeholder="What happened, in one line" note={note} setNote={setNote} shared={shareNote} setShared={setShareNote} slack={drill?.chatProvider === "slack"} />
      <div className="mt-2">
        <ErrorBanner message={end.error?.message} />
      </div>
      <div className="mt-3 flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button variant={outcome === "mitigated" ? "success" : "danger"} size="sm" disabled={end.isPending} onClick={() => end.mutate({ outcome, note, shareNote }, { onSuccess: () => setOpen(false) })}>
          Confirm: end as {outcome}
        </Button>
      </div>
    </div>
  );
}
