"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useCan } from "@/components/auth/use-can";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorBanner, Field, inputClass } from "@/components/ui/field";
import type { ApiError } from "@/lib/api-client";
import { dryRunMutation } from "@/lib/queries/readiness";
import type { DryRunView, ReadinessView } from "@/lib/injections/readiness/views";
import { absoluteTime, relativeTime } from "../format";
import { DryRunResults } from "./dry-run-results";

const statusTone = { passed: "success", failed: "danger", running: "info" } as const;

export function DryRunSection({ readiness }: { readiness: ReadinessView }) {
  const client = useQueryClient();
  const run = useMutation(dryRunMutation(client, readiness.scenarioId));
  const [confirm, setConfirm] = useState("");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const can = useCan();
  const { environment } = readiness;
  const confirmed = !environment.protected || confirm.trim() === environment.name;
  const shown = readiness.dryRuns.find((dryRun) => dryRun.id === selectedId) ?? readiness.dryRuns[0];
  const start = () =>
    run.mutate(environment.protected ? { confirmEnvironment: confirm } : {}, {
      onSuccess: () => {
        setConfirm("");
        setSelectedId(null);
      },
    });

  return (
    <section aria-labelledby={`dry-run-${readiness.scenarioId}`} className="flex flex-col gap-2.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`dry-run-${readiness.scenarioId}`} className="text-xs font-semibold tracking-wide text-zinc-400 uppercase">
          Dry run
        </h3>
        <span className="flex items-center gap-1.5 text-[11px] text-zinc-500">
          Environment
          <Badge tone={environment.protected ? "danger" : "neutral"} className="font-mono">
            {environment.name}
            {environment.protected ? " · protected" : ""}
          </Badge>
        </span>
      </div>
      <p className="text-xs text-zinc-500">
        Calls every webhook injection in order, then every rollback in reverse order, against the real targets, and records each answer. Manual steps are skipped.
      </p>
      {can("scenario.write") && (
        <div className="flex flex-wrap items-end gap-2">
          {environment.protected && (
            <Field label={`Type “${environment.name}” to confirm`} htmlFor={`dry-run-confirm-${readiness.scenarioId}`} className="min-w-56 flex-1">
              <input
                id={`dry-run-confirm-${readiness.scenarioId}`}
                value={confirm}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => setConfirm(event.target.value)}
                placeholder={environment.name}
                className={`${inputClass} h-8 py-0 font-mono text-xs`}
              />
            </Field>
          )}
          <Button variant={environment.protected ? "danger" : "primary"} size="sm" className="h-8" disabled={!confirmed || run.isPending} aria-busy={run.isPending} onClick={start}>
            {run.isPending && <span aria-hidden className="h-3 w-3 motion-safe:animate-spin rounded-full border-2 border-current border-t-transparent" />}
            Run dry run
          </Button>
          {run.isPending && (
            <span role="status" className="pb-1.5 text-xs text-sky-300">
              Calling the targets…
            </span>
          )}
        </div>
      )}
      <ErrorBanner message={(run.error as ApiError | null)?.message} />
      {shown ? (
        <div className="flex flex-col gap-2">
          <DryRunHeading dryRun={shown} latest={shown.id === readiness.dryRuns[0]?.id} currentRevision={readiness.currentRevision} />
          <DryRunResults dryRun={shown} />
          {readiness.dryRuns.length > 1 && <EarlierRuns runs={readiness.dryRuns} shownId={shown.id} onShow={setSelectedId} />}
        </div>
      ) : (
        <p className="rounded-md border border-dashed border-zinc-800 px-3 py-4 text-center text-xs text-zinc-500">No dry run yet.</p>
      )}
    </section>
  );
}

function DryRunHeading({ dryRun, latest, currentRevision }: { dryRun: DryRunView; latest: boolean; currentRevision: number }) {
  const seconds = dryRun.finishedAt ? (Date.parse(dryRun.finishedAt) - Date.parse(dryRun.startedAt)) / 1000 : null;
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-400">
      <span className="font-medium text-zinc-200">{latest ? "Latest dry run" : "Earlier dry run"}</span>
      <Badge tone={statusTone[dryRun.status]}>{dryRun.status}</Badge>
      <span>
        by <span className="text-zinc-300">{dryRun.startedBy}</span>
      </span>
      <time dateTime={dryRun.startedAt} title={absoluteTime(dryRun.startedAt)}>
        {relativeTime(dryRun.startedAt)}
      </time>
      {seconds !== null && <span className="tabular-nums">took {seconds.toFixed(1)} s</span>}
      <span className={dryRun.revision < currentRevision ? "text-amber-300" : ""}>
        on revision {dryRun.revision}
        {dryRun.revision < currentRevision ? ` (now ${currentRevision})` : ""}
      </span>
    </p>
  );
}

function EarlierRuns({ runs, shownId, onShow }: { runs: DryRunView[]; shownId: string; onShow: (id: string) => void }) {
  return (
    <nav aria-label="Recent dry runs" className="flex flex-wrap items-center gap-1.5 text-[11px] text-zinc-500">
      Recent:
      {runs.map((dryRun) => (
        <button
          key={dryRun.id}
          type="button"
          aria-pressed={dryRun.id === shownId}
          onClick={() => onShow(dryRun.id)}
          className={`rounded px-1.5 py-0.5 ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-sky-400 ${dryRun.id === shownId ? "bg-zinc-800 text-zinc-100 ring-zinc-600" : "ring-zinc-800 hover:bg-zinc-800/60"}`}
        >
          <span className={dryRun.status === "passed" ? "text-emerald-400" : dryRun.status === "failed" ? "text-rose-400" : "text-sky-400"}>{dryRun.status}</span> · {relativeTime(dryRun.startedAt)}
        </button>
      ))}
    </nav>
  );
}
