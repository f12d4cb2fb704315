"use client";

import { useState } from "react";
import { formatOffset } from "@/lib/drills/clock";
import type { DrillView } from "@/lib/drills/view";
import type { StepAction } from "@/lib/scenarios/schemas";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { inputClass } from "../ui/field";
import { useDrillAction } from "./use-drill-action";

type Step = DrillView["script"]["injections"][number];

function StepActionText({ label, action }: { label: string; action: StepAction }) {
  return (
    <div className="text-xs">
      <span className="font-semibold text-zinc-500 uppercase">{label}</span>{" "}
      {action.kind === "manual" ? (
        <span className="whitespace-pre-wrap text-zinc-400">{action.instructions}</span>
      ) : (
        <code className="break-all text-zinc-400">
          {action.method} {action.url}
        </code>
      )}
    </div>
  );
}

function InjectionStep({ drill, step, index }: { drill: DrillView; step: Step; index: number }) {
  const [note, setNote] = useState("");
  const [expanded, setExpanded] = useState(false);
  const trigger = useDrillAction(drill.id, "injections");
  const done = drill.progress.injections[step.id];
  const running = drill.status === "running";
  return (
    <li className={`rounded-md border px-2.5 py-2 ${done ? "border-rose-900/60 bg-rose-950/20" : "border-zinc-800"}`}>
      <div className="flex items-start justify-between gap-2">
        <button type="button" onClick={() => setExpanded(!expanded)} className="text-left text-sm font-medium text-zinc-100 hover:text-white" aria-expanded={expanded}>
          <span className="mr-1.5 font-mono text-xs text-zinc-500">{index + 1}.</span>
          {step.name}
          {step.action.kind === "webhook" && <span className="ml-1.5 rounded bg-zinc-800 px-1 text-[10px] text-zinc-400 uppercase">webhook</span>}
        </button>
        {done && <span className="shrink-0 font-mono text-xs text-rose-300">done {formatOffset(done.offsetMs ?? 0)}</span>}
      </div>
      {expanded && (
        <div className="mt-1.5 flex flex-col gap-1.5">
          <StepActionText label="Inject" action={step.action} />
          <StepActionText label="Roll back" action={step.rollback} />
        </div>
      )}
      {!done && running && (
        <div className="mt-2 flex gap-2">
          <label htmlFor={`inj-note-${step.id}`} className="sr-only">
            Note for injection {index + 1}
          </label>
          <input id={`inj-note-${step.id}`} value={note} onChange={(event) => setNote(event.target.value)} placeholder="Note (what you ran, where)" className={`${inputClass} h-7 py-0 text-xs`} />
          <Button size="sm" variant="danger" disabled={trigger.isPending} onClick={() => trigger.mutate({ stepId: step.id, note })}>
            Mark done
          </Button>
        </div>
      )}
      {trigger.error && <p role="alert" className="mt-1 text-xs text-rose-400">{trigger.error.message}</p>}
    </li>
  );
}

export function InjectionPanel({ drill }: { drill: DrillView }) {
  return (
    <Card title="Injection steps">
      <ol className="flex flex-col gap-1.5">
        {drill.script.injections.map((step, index) => (
          <InjectionStep key={step.id} drill={drill} step={step} index={index} />
        ))}
      </ol>
    </Card>
  );
}
