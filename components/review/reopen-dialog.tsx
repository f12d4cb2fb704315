"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { reopenMutation } from "@/lib/queries/review";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { Modal } from "../ui/modal";

/** Reopening unfreezes a closed drill's report: it needs a reason, which the audit log keeps. */
export function ReopenDialog({ drillId, onClose }: { drillId: string; onClose: () => void }) {
  const [reason, setReason] = useState("");
  const reopen = useMutation(reopenMutation(useQueryClient(), drillId));
  return (
    <Modal open title="Reopen this drill?" onClose={onClose}>
      <form
        onSubmit={(submit) => {
          submit.preventDefault();
          reopen.mutate({ reason: reason.trim() }, { onSuccess: onClose });
        }}
        className="flex flex-col gap-3"
      >
        <p className="text-sm leading-relaxed text-zinc-300">
          The drill goes back into review and its report is recomputed on every change until the next close. Reopening is recorded in the audit log with your name and reason.
        </p>
        <div className="flex flex-col gap-1">
          <label htmlFor="reopen-reason" className="text-xs font-medium text-zinc-400">
            Reason (required)
          </label>
          <textarea id="reopen-reason" rows={3} value={reason} maxLength={1000} onChange={(change) => setReason(change.target.value)} placeholder="What needs to change in the report" className={inputClass} />
        </div>
        {reopen.error && (
          <p role="alert" className="text-sm text-rose-400">
            {reopen.error.problems[0]?.message ? `Reason ${reopen.error.problems[0].message}` : reopen.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose} disabled={reopen.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={!reason.trim() || reopen.isPending}>
            {reopen.isPending ? "Working…" : "Reopen for review"}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
