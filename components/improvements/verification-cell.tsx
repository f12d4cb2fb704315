"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { confirmVerificationMutation, dismissProposalMutation, type ActionItemView } from "@/lib/queries/improvements";
import { Button } from "../ui/button";
import { ErrorBanner, Field, inputClass } from "../ui/field";
import { Modal } from "../ui/modal";

const drillLink = (drillId: string, title: string) => (
  <Link href={`/drills/${encodeURIComponent(drillId)}`} className="text-sky-400 hover:underline">
    {title}
  </Link>
);

function DismissDialog({ item, onClose }: { item: ActionItemView; onClose: () => void }) {
  const dismiss = useMutation(dismissProposalMutation(useQueryClient()));
  const [reason, setReason] = useState("");
  const id = useId();
  const problem = dismiss.error?.problems.find((one) => one.path === "reason")?.message;
  return (
    <Modal open title={`Dismiss the proposed verification of “${item.title}”?`} onClose={onClose}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          dismiss.mutate({ id: item.id, reason }, { onSuccess: onClose });
        }}
      >
        <Field label="Why does that drill not prove it fixed?" htmlFor={id} error={problem}>
          <textarea id={id} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} className={inputClass} required />
        </Field>
        {!problem && <ErrorBanner message={dismiss.error?.message} />}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose} disabled={dismiss.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={dismiss.isPending || reason.trim() === ""}>
            {dismiss.isPending ? "Dismissing…" : "Dismiss proposal"}
          </Button>
        </div>
      </form>
    </Modal>
  );
}

/** Verified by a drill; or proposed by one, with Confirm and Dismiss for facilitators; or what should verify it. */
export function VerificationCell({ item, canRun }: { item: ActionItemView; canRun: boolean }) {
  const confirm = useMutation(confirmVerificationMutation(useQueryClient()));
  const [dismissing, setDismissing] = useState(false);
  if (item.verification) return <span className="text-emerald-300">Verified by {drillLink(item.verification.drillId, item.verification.drillTitle)}</span>;
  if (item.proposal)
    return (
      <div className="flex flex-col gap-1">
        <span className="text-amber-200">
          Proposed: {drillLink(item.proposal.drillId, item.proposal.drillTitle)} met {item.proposal.criterion}
        </span>
        {canRun && (
          <span className="flex gap-1.5">
            <Button size="sm" variant="success" aria-label={`Confirm the verification of ${item.title}`} disabled={confirm.isPending} onClick={() => confirm.mutate({ id: item.id })}>
              {confirm.isPending ? "Confirming…" : "Confirm"}
            </Button>
            <Button size="sm" variant="ghost" aria-label={`Dismiss the proposed verification of ${item.title}`} onClick={() => setDismissing(true)}>
              Dismiss
            </Button>
          </span>
        )}
        {confirm.error && <span role="alert" className="text-xs text-rose-400">{confirm.error.message}</span>}
        {dismissing && <DismissDialog item={item} onClose={() => setDismissing(false)} />}
      </div>
    );
  if (item.verify)
    return (
      <span className="text-zinc-500">
        Awaiting a drill of {item.verify.scenarioTitle}
        {item.verify.milestoneLabel ? ` meeting ${item.verify.milestoneLabel}` : ""}
      </span>
    );
  return <span className="text-zinc-600">—</span>;
}
