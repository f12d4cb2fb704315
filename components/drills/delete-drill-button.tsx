"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillSummary } from "@/lib/drills/view";
import { deleteDrillMutation } from "@/lib/queries/drills";
import { Button, type ButtonProps } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";

/** Deleting a drill that never started (a mistaken or duplicate one); `after` is where to go once it is gone. */
export function DeleteDrillButton({ drill, after, size = "md", variant = "dangerOutline" }: { drill: Pick<DrillSummary, "id" | "title" | "publicTitle" | "status">; after?: string; size?: ButtonProps["size"]; variant?: ButtonProps["variant"] }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const remove = useMutation(deleteDrillMutation(useQueryClient()));
  if (!can(drill.status, "delete")) return null;
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <Button variant={variant} size={size} onClick={() => setOpen(true)} aria-label={`Delete drill: ${drill.title}`}>
        Delete…
      </Button>
      <ConfirmDialog
        open={open}
        title="Delete this planned drill?"
        confirmLabel="Delete drill"
        confirmVariant="danger"
        busy={remove.isPending || remove.isSuccess}
        error={remove.error?.message}
        onCancel={close}
        onConfirm={() => remove.mutate(drill.id, { onSuccess: () => (after ? router.push(after) : close()) })}
      >
        <p>
          “{drill.title}” has not started: it is removed with its roster, channel link and share links. Nobody has been told of it yet. The
          deletion is recorded in the audit log.
        </p>
      </ConfirmDialog>
    </>
  );
}
