"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { outstandingRollbacks } from "@/lib/drills/injections/runs/outstanding";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { abortDrillMutation } from "@/lib/queries/drills";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { ShareNoteField } from "./share-note-field";
import { stepUrl } from "./step-url";

/** What abort will do, in the order it will do it: the same list the server computes. */
function RollbackPlan({ drill }: { drill: DrillView }) {
  const steps = outstandingRollbacks(drill.script.injections, drill.injectionRuns);
  if (drill.status === "planned") return <p>The drill has not started: nothing was injected, so it simply ends as aborted.</p>;
  if (drill.status === "aborting" && steps.length === 0) return <p>An abort began and did not finish. Nothing is left to roll back: the drill ends as aborted.</p>;
  if (steps.length === 0) return <p>No injection changed anything, so there is nothing to roll back. The drill ends as aborted.</p>;
  return (
    <>
      <p>{drill.status === "aborting" ? "An abort began and did not finish. Aborting again runs what is left, latest injection first:" : "These rollbacks run now, latest injection first:"}</p>
      <ol aria-label="Rollbacks abort will run" className="mt-2 flex list-decimal flex-col gap-1.5 pl-5">
        {steps.map((step) => (
          <li key={step.id}>
            <span className="font-medium text-zinc-100">{step.name}</span>{" "}
            {step.rollback.kind === "webhook" ? (
              <code className="block text-xs break-all text-zinc-400">
                {step.rollback.method} {stepUrl(drill, step, "rollback")}
              </code>
            ) : (
              <span className="block text-xs text-amber-300">By hand: drillroom cannot do this one. Do it, then mark it rolled back.</span>
            )}
          </li>
        ))}
      </ol>
      <p className="mt-2">A failed rollback is recorded and the others still run. Then the drill ends as aborted and the channel is told.</p>
    </>
  );
}

/** Abort: one click, one confirmation listing the rollbacks, then every outstanding rollback runs and the drill ends. */
export function AbortButton({ drill }: { drill: DrillView }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [shareNote, setShareNote] = useState(false);
  const abort = useMutation(abortDrillMutation(useQueryClient(), drill.id));
  if (!can(drill.status, "abort")) return null;
  const close = () => {
    setOpen(false);
    abort.reset();
  };
  return (
    <>
      <Button variant="dangerOutline" onClick={() => setOpen(true)}>
        Abort drill…
      </Button>
      <ConfirmDialog
        open={open}
        title="Abort this drill?"
        confirmLabel="Abort and roll back"
        confirmVariant="danger"
        busy={abort.isPending}
        error={abort.error?.message}
        onCancel={close}
        onConfirm={() => abort.mutate({ confirm: true, note, shareNote }, { onSuccess: close })}
      >
        <RollbackPlan drill={drill} />
        {/* A retried abort keeps the reason given when it began. */}
        {drill.status !== "aborting" && <ShareNoteField label="Reason" placeholder="Why the drill stops" note={note} setNote={setNote} shared={shareNote} setShared={setShareNote} slack={drill.chatProvider === "slack"} />}
      </ConfirmDialog>
    </>
  );
}
