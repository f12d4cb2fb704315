"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useCan } from "@/components/auth/use-can";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { archiveScenarioMutation, duplicateScenarioMutation } from "@/lib/queries/scenarios";
import type { ScenarioView } from "@/lib/scenarios/view";
import { RunDrillButton } from "./run-drill-button";

const linkButton =
  "inline-flex h-9 items-center rounded-md border border-zinc-700 bg-zinc-900 px-3.5 text-sm font-medium text-zinc-100 hover:bg-zinc-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400";

/** Edit, duplicate, archive or restore, and run: everything one can do to a scenario from its page. */
export function ScenarioActions({ scenario }: { scenario: ScenarioView }) {
  const router = useRouter();
  const client = useQueryClient();
  const duplicate = useMutation(duplicateScenarioMutation(client));
  const archive = useMutation(archiveScenarioMutation(client));
  const [confirming, setConfirming] = useState<null | "archive" | "restore">(null);
  const can = useCan();
  const canWrite = can("scenario.write");
  const title = scenario.definition.title;

  const close = () => {
    archive.reset();
    setConfirming(null);
  };
  const setArchived = (archived: boolean) =>
    archive.mutate({ id: scenario.id, archived }, { onSuccess: () => setConfirming(null) });

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap items-start justify-end gap-2">
        {canWrite && (
          <Link href={`/scenarios/${scenario.id}/edit`} className={linkButton}>
            Edit
          </Link>
        )}
        <a href={`/api/scenarios/${scenario.id}/export?format=yaml`} download className={linkButton} title="Scenario-as-code: the current revision as a YAML file">
          Export YAML
        </a>
        <a href={`/api/scenarios/${scenario.id}/export?format=json`} download className={linkButton}>
          JSON
        </a>
        {canWrite && (
          <Button disabled={duplicate.isPending || duplicate.isSuccess} onClick={() => duplicate.mutate(scenario.id, { onSuccess: (copy) => router.push(`/scenarios/${copy.id}`) })} title="A new scenario from this revision, titled “(copy)”">
            {duplicate.isPending || duplicate.isSuccess ? "Duplicating…" : "Duplicate"}
          </Button>
        )}
        {canWrite &&
          (scenario.archived ? (
            <Button onClick={() => setConfirming("restore")}>Restore</Button>
          ) : (
            <Button variant="ghost" className="text-zinc-400" onClick={() => setConfirming("archive")}>
              Archive
            </Button>
          ))}
        {can("drill.run") && <RunDrillButton scenarioId={scenario.id} title={title} size="md" disabled={scenario.archived} />}
      </div>
      {duplicate.error && (
        <p role="alert" className="text-xs text-rose-400">
          Could not duplicate: {duplicate.error.message}
        </p>
      )}
      <ConfirmDialog
        open={confirming === "archive"}
        title="Archive this scenario?"
        confirmLabel="Archive scenario"
        confirmVariant="danger"
        busy={archive.isPending}
        error={archive.error?.message}
        onConfirm={() => setArchived(true)}
        onCancel={close}
      >
        “{title}” disappears from the library and no new drill can run it. Its revisions and past drills are kept, and you can restore it at any time.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === "restore"}
        title="Restore this scenario?"
        confirmLabel="Restore scenario"
        busy={archive.isPending}
        error={archive.error?.message}
        onConfirm={() => setArchived(false)}
        onCancel={close}
      >
        “{title}” comes back to the library and can be run again.
      </ConfirmDialog>
    </div>
  );
}
