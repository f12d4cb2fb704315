"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useCan } from "@/components/auth/use-can";
import { ErrorBanner, Field, inputClass } from "@/components/ui/field";
import type { ApiError } from "@/lib/api-client";
import { verifyReadinessMutation } from "@/lib/queries/readiness";
import { READINESS_ITEM_LABELS, READINESS_ITEMS, type ReadinessItemName } from "@/lib/injections/readiness/schemas";
import type { ReadinessCheckView, ReadinessView } from "@/lib/injections/readiness/views";
import { absoluteTime, relativeTime } from "../format";

const DESCRIPTIONS: Record<ReadinessItemName, string> = {
  injection: "The injection steps break what they should, and their rollbacks undo it.",
  signals: "The expected signals move on their dashboards, and the alerts would fire.",
  model_answer: "Following the model answer actually mitigates the incident.",
};

export function ReadinessChecklist({ readiness }: { readiness: ReadinessView }) {
  const client = useQueryClient();
  const [note, setNote] = useState("");
  const verify = useMutation(verifyReadinessMutation(client, readiness.scenarioId));
  const can = useCan();
  const readOnly = !can("scenario.write");
  // Shown at once, in the same render as the click, until the server's answer replaces it.
  const [saving, setSaving] = useState<{ item: ReadinessItemName; verified: boolean } | null>(null);
  const toggle = (item: ReadinessItemName, verified: boolean) => {
    setSaving({ item, verified });
    verify.mutate(
      { item, verified, note },
      // The note belongs to the change it was written for: clear it once that change is saved.
      { onSuccess: () => setNote(""), onSettled: () => setSaving(null) },
    );
  };
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col divide-y divide-zinc-800/80 rounded-md border border-zinc-800">
        {READINESS_ITEMS.map((item) => (
          <ChecklistItem
            key={item}
            item={item}
            check={readiness.items[item]}
            scenarioId={readiness.scenarioId}
            currentRevision={readiness.currentRevision}
            pending={saving?.item === item ? saving.verified : null}
            disabled={saving !== null}
            readOnly={readOnly}
            onToggle={toggle}
          />
        ))}
      </ul>
      {!readOnly && (
        <Field label="Readiness note" htmlFor={`readiness-note-${readiness.scenarioId}`} hint="Saved with the next item you tick or untick: what you tried, where, what you saw.">
          <input
            id={`readiness-note-${readiness.scenarioId}`}
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
            placeholder="e.g. toxiproxy on stage added 2 s; p99 and the match-trend alert moved within a minute"
            className={`${inputClass} h-8 py-0 text-xs`}
          />
        </Field>
      )}
      <ErrorBanner message={(verify.error as ApiError | null)?.message} />
    </div>
  );
}

interface ItemProps {
  item: ReadinessItemName;
  check: ReadinessCheckView | null;
  scenarioId: string;
  currentRevision: number;
  /** While a change to this item is saving: the value it is changing to. */
  pending: boolean | null;
  disabled: boolean;
  /** For those who may not change scenarios: the state, without a control. */
  readOnly: boolean;
  onToggle: (item: ReadinessItemName, verified: boolean) => void;
}

function ChecklistItem({ item, check, scenarioId, currentRevision, pending, disabled, readOnly, onToggle }: ItemProps) {
  const id = `readiness-${scenarioId}-${item}`;
  const verified = pending ?? check?.verified ?? false;
  const stale = check?.verified === true && check.revision < currentRevision;
  return (
    <li className="flex gap-3 px-3 py-2.5" aria-busy={pending !== null}>
      {readOnly ? (
        <span aria-hidden className={`mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[10px] ${verified ? "bg-emerald-600 text-white" : "border border-zinc-600"}`}>
          {verified ? "✓" : ""}
        </span>
      ) : (
        <input
          id={id}
          type="checkbox"
          checked={verified}
          disabled={disabled}
          aria-describedby={`${id}-state`}
          onChange={(event) => onToggle(item, event.target.checked)}
          className="mt-0.5 h-4 w-4 shrink-0 cursor-pointer accent-emerald-500 disabled:cursor-wait"
        />
      )}
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          {readOnly ? (
            <span className={`text-sm font-medium ${verified ? "text-emerald-200" : "text-zinc-100"}`}>
              {READINESS_ITEM_LABELS[item]}
              <span className="sr-only">{verified ? ": verified" : ": not verified"}</span>
            </span>
          ) : (
            <label htmlFor={id} className={`cursor-pointer text-sm font-medium ${verified ? "text-emerald-200" : "text-zinc-100"}`}>
              {READINESS_ITEM_LABELS[item]}
            </label>
          )}
          {check && (
            <span className={`text-[11px] tabular-nums ${stale ? "text-amber-300" : "text-zinc-500"}`}>
              {check.verified ? "verified" : "unchecked"} on revision {check.revision}
            </span>
          )}
        </div>
        <p className="mt-0.5 text-xs text-zinc-500">{DESCRIPTIONS[item]}</p>
        <p id={`${id}-state`} className="mt-1 text-xs text-zinc-400">
          {check ? (
            <>
              <span className="text-zinc-300">{check.verifiedBy}</span>
              {check.verified ? " verified this " : " marked this not verified "}
              <time dateTime={check.at} title={absoluteTime(check.at)}>
                {relativeTime(check.at)}
              </time>
              {check.note && <span className="text-zinc-300"> — “{check.note}”</span>}
            </>
          ) : (
            <span className="text-zinc-600">Not checked yet.</span>
          )}
        </p>
        {stale && (
          <p role="note" className="mt-1.5 rounded border border-amber-800/70 bg-amber-950/40 px-2 py-1 text-xs text-amber-200">
            The scenario is now at revision {currentRevision}: check it again.{" "}
            <Link href={`/scenarios/${scenarioId}/revisions?from=${check!.revision}&to=${currentRevision}`} className="underline hover:text-amber-100">
              What changed since revision {check!.revision}
            </Link>
          </p>
        )}
      </div>
    </li>
  );
}
