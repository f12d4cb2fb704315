"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { beginReviewMutation, closeDrillMutation, revealMutation } from "@/lib/queries/review";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { ErrorBanner } from "../ui/field";
import { ReopenDialog } from "./reopen-dialog";

type Dialog = "reveal" | "close" | "reopen" | null;

/** The debrief's lifecycle: begin the review, reveal, close (freeze), reopen; only what the status allows, only for those who run drills. */
export function LifecycleBar({ drill, canRun }: { drill: DrillView; canRun: boolean }) {
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const begin = useMutation(beginReviewMutation(client, drill.id));
  const reveal = useMutation(revealMutation(client, drill.id));
  const close = useMutation(closeDrillMutation(client, drill.id));
  if (!canRun) return null;
  const dismiss = () => {
    setDialog(null);
    reveal.reset();
    close.reset();
  };
  const slack = drill.chatProvider === "slack";
  return (
    <>
      {can(drill.status, "begin_review") && (
        <Button variant="primary" disabled={begin.isPending} onClick={() => begin.mutate()}>
          Begin review
        </Button>
      )}
      {can(drill.status, "reveal") && !drill.revealedAt && (
        <Button variant="secondary" onClick={() => setDialog("reveal")}>
          Reveal answer to participants…
        </Button>
      )}
      {can(drill.status, "close") && (
        <Button variant="success" onClick={() => setDialog("close")}>
          Close and freeze report…
        </Button>
      )}
      {can(drill.status, "reopen") && (
        <Button variant="secondary" onClick={() => setDialog("reopen")}>
          Reopen…
        </Button>
      )}
      {begin.error && (
        <div className="absolute top-full right-0 z-10 mt-2 w-80">
          <ErrorBanner message={begin.error.message} />
        </div>
      )}
      {dialog === "reveal" && (
        <ConfirmDialog open title="Reveal the answer to participants?" confirmLabel="Reveal to participants" busy={reveal.isPending} error={reveal.error?.message} onCancel={dismiss} onConfirm={() => reveal.mutate(undefined, { onSuccess: dismiss })}>
          <p>
            Participants will see the root cause and every step of the model answer {slack ? "in the Slack channel" : "in their channel"}, as the hot wash begins. It cannot be taken back.
          </p>
        </ConfirmDialog>
      )}
      {dialog === "close" && (
        <ConfirmDialog open title="Close the drill and freeze its report?" confirmLabel="Close and freeze" confirmVariant="success" busy={close.isPending} error={close.error?.message} onCancel={dismiss} onConfirm={() => close.mutate(undefined, { onSuccess: dismiss })}>
          <p>
            The report is computed one last time and stored with its content hash: later edits to the scenario never change it. Ratings, comparisons, key moments and notes can no longer be changed unless someone reopens the drill, which is audited.
            {slack && " The Slack channel is archived, unless this server is set to keep it."}
          </p>
        </ConfirmDialog>
      )}
      {dialog === "reopen" && <ReopenDialog drillId={drill.id} onClose={() => setDialog(null)} />}
    </>
  );
}
