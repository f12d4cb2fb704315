"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatOffset } from "@/lib/drill-model/clock";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { releaseHintMutation } from "@/lib/queries/drills";
import { Button } from "../ui/button";
import { RichText } from "../scenarios/rich-text";
import { Card } from "../ui/card";
import { drillPhase } from "./drill-phase";

/** Hints go out in order, when responders are stuck. */
export function HintPanel({ drill }: { drill: DrillView }) {
  const release = useMutation(releaseHintMutation(useQueryClient(), drill.id));
  const hints = drill.script.hints;
  const skipped = new Set(drill.scriptItems.filter((item) => item.kind === "hint" && item.status === "skipped").map((item) => item.itemId));
  const phase = drillPhase(drill.status);
  // After the end nothing is released any more: no button, and no hint is "next".
  const open = phase === "planned" || phase === "running";
  const next = open ? hints.find((hint) => !drill.progress.hints[hint.id] && !skipped.has(hint.id)) : undefined;
  return (
    <Card
      title="Hints"
      actions={
        open && (
          <Button size="sm" variant="primary" disabled={!can(drill.status, "release_hint") || !next || release.isPending} onClick={() => release.mutate({})}>
            Release next hint
          </Button>
        )
      }
    >
      {hints.length === 0 && <p className="text-sm text-zinc-500">This scenario has no hints.</p>}
      <ol className="flex flex-col gap-1.5">
        {hints.map((hint, index) => {
          const released = drill.progress.hints[hint.id];
          return (
            <li key={hint.id} className={`rounded-md border px-2.5 py-1.5 text-sm ${released ? "border-violet-900/60 bg-violet-950/20 text-zinc-300" : hint === next ? "border-violet-700/60 text-zinc-100" : "border-zinc-800 text-zinc-400"}`}>
              <div className="flex justify-between text-xs">
                <span className="font-mono text-zinc-500">
                  #{index + 1}
                  {hint.offsetMinutes !== undefined && ` · ${hint.release === "manual" ? "suggested" : "auto"} ${formatOffset(hint.offsetMinutes * 60_000)}`}
                  {hint.unlessMilestone && ` unless ${MILESTONE_LABELS[hint.unlessMilestone].toLowerCase()}`}
                </span>
                {released ? (
                  <span className="font-mono text-violet-300">released {formatOffset(released.offsetMs ?? 0)}</span>
                ) : skipped.has(hint.id) ? (
                  <span className="text-zinc-500">skipped</span>
                ) : hint === next ? (
                  <span className="text-violet-300">next</span>
                ) : !open ? (
                  <span className="text-zinc-500">not released</span>
                ) : null}
              </div>
              <RichText text={hint.text} className="mt-0.5" />
            </li>
          );
        })}
      </ol>
      {release.error && <p role="alert" className="mt-2 text-xs text-rose-400">{release.error.message}</p>}
    </Card>
  );
}
