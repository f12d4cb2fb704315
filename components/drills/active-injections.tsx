"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { outstandingRollbacks } from "@/lib/drills/injections/runs/outstanding";
import type { DrillView } from "@/lib/drills/view";
import { rollBackAllMutation } from "@/lib/queries/drills";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";

/**
 * Injections still in place, said before the drill ends: ending leaves them there. Offers to roll the webhook
 * ones back first; manual ones are undone by hand and marked in the injection steps.
 */
export function ActiveInjections({ drill }: { drill: DrillView }) {
  const [confirmation, setConfirmation] = useState("");
  const rollBackAll = useMutation(rollBackAllMutation(useQueryClient(), drill.id));
  const active = outstandingRollbacks(drill.script.injections, drill.injectionRuns);
  if (active.length === 0) return null;
  const webhooks = active.filter((step) => step.rollback.kind === "webhook");
  const manual = active.filter((step) => step.rollback.kind === "manual");
  const { environment } = drill;
  const locked = environment.protected && confirmation.trim() !== environment.name;
  return (
    <div role="alert" aria-label="Injections still active" className="mt-3 rounded-md border border-amber-700/70 bg-amber-950/40 px-2.5 py-2 text-xs text-amber-100">
      <p>
        Still active: <strong className="font-semibold">{active.map((step) => step.name).join(", ")}</strong>. Ending the drill leaves {active.length === 1 ? "it" : "them"} in place.
      </p>
      {manual.length > 0 && <p className="mt-1 text-amber-300">By hand: {manual.map((step) => step.name).join(", ")}. Undo it, then mark it rolled back in Injection steps.</p>}
      {webhooks.length > 0 && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {environment.protected && (
            <input aria-label={`Type ${environment.name} to confirm`} value={confirmation} onChange={(event) => setConfirmation(event.target.value)} placeholder={environment.name} className={`${inputClass} h-7 w-32 py-0 font-mono text-xs`} />
          )}
          <Button size="sm" variant="secondary" disabled={locked || rollBackAll.isPending} onClick={() => rollBackAll.mutate({ stepIds: webhooks.map((step) => step.id), confirmEnvironment: environment.protected ? confirmation.trim() : undefined })}>
            {rollBackAll.isPending ? "Rolling back…" : webhooks.length === 1 ? "Roll it back first" : `Roll back ${webhooks.length} first`}
          </Button>
        </div>
      )}
      {rollBackAll.error && <p className="mt-1 text-rose-300">{rollBackAll.error.message}</p>}
    </div>
  );
}
