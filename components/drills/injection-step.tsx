"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatOffset } from "@/lib/drill-model/clock";
import { changedNothing, injectionRefusal, rollbackRefusal } from "@/lib/drills/injections/runs/availability";
import { safeAnyway } from "@/lib/drills/injections/runs/outstanding";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { runRollbackMutation, triggerInjectionMutation } from "@/lib/queries/drills";
import type { StepAction } from "@/lib/scenarios/schemas";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { RichText } from "../scenarios/rich-text";
import { RunResult, Spinner } from "./run-result";
import { stepUrl } from "./step-url";

type Step = DrillView["script"]["injections"][number];

function ActionText({ label, action, url }: { label: string; action: StepAction; url: string }) {
  return (
    <div className="text-xs">
      <span className="font-semibold text-zinc-500 uppercase">{label}</span>{" "}
      {action.kind === "manual" ? <RichText text={action.instructions} size="xs" inline className="text-zinc-400" /> : <WebhookTarget method={action.method} url={url} />}
    </div>
  );
}

function WebhookTarget({ method, url }: { method: string; url: string }) {
  return (
    <code className="[overflow-wrap:anywhere] text-zinc-400">
      <span className="font-semibold text-zinc-300">{method}</span> {url}
    </code>
  );
}

/** A note input and one button, side by side: how every step is run or rolled back by hand. */
function NoteAndButton(props: { id: string; label: string; placeholder: string; note: string; setNote: (note: string) => void; children: React.ReactNode }) {
  return (
    <div className="mt-2 flex gap-2">
      <label htmlFor={props.id} className="sr-only">
        {props.label}
      </label>
      <input id={props.id} value={props.note} onChange={(event) => props.setNote(event.target.value)} placeholder={props.placeholder} className={`${inputClass} h-7 py-0 text-xs`} />
      {props.children}
    </div>
  );
}

/**
 * One injection step: run it (a webhook is called, a manual step is marked done), see the result, roll it
 * back. `confirmEnvironment` is what the facilitator typed for a protected environment; `locked` keeps
 * every button off until it matches.
 */
export function InjectionStep({ drill, step, index, confirmEnvironment, locked }: { drill: DrillView; step: Step; index: number; confirmEnvironment?: string; locked: boolean }) {
  const [note, setNote] = useState("");
  const [rollbackNote, setRollbackNote] = useState("");
  const [expanded, setExpanded] = useState(false);
  const client = useQueryClient();
  const inject = useMutation(triggerInjectionMutation(client, drill.id));
  const rollBack = useMutation(runRollbackMutation(client, drill.id));
  const runs = drill.injectionRuns[step.id];
  const injection = runs?.injection ?? null;
  const rollback = runs?.rollback ?? null;
  const done = drill.progress.injections[step.id];
  const webhook = step.action.kind === "webhook";

  const earlier = { injection, rollback, done: Boolean(done) };
  const canInject = can(drill.status, "trigger_injection") && !injectionRefusal(earlier) && !inject.isPending;
  // A failed call that was refused or never sent changed nothing: rolling back is offered only if it is harmless anyway.
  const noChange = injection !== null && changedNothing(injection);
  const rollbackAnyway = noChange ? safeAnyway(step.rollback) : null;
  const canRollBack = can(drill.status, "run_rollback") && !rollbackRefusal(earlier, step.rollback) && !rollBack.isPending;
  const tone = rollback?.status === "ok" ? "border-violet-900/60 bg-violet-950/10" : done || injection ? "border-rose-900/60 bg-rose-950/20" : "border-zinc-800";

  return (
    <li aria-label={`Injection ${index + 1}: ${step.name}`} className={`rounded-md border px-2.5 py-2 ${tone}`}>
      <div className="flex items-start justify-between gap-2">
        <button type="button" onClick={() => setExpanded(!expanded)} className="text-left text-sm font-medium text-zinc-100 hover:text-white" aria-expanded={expanded}>
          <span className="mr-1.5 font-mono text-xs text-zinc-500">{index + 1}.</span>
          {step.name}
          {webhook && <span className="ml-1.5 rounded bg-zinc-800 px-1 text-[10px] text-zinc-400 uppercase">webhook</span>}
        </button>
        {rollback?.status === "ok" ? (
          <span className="shrink-0 font-mono text-xs text-violet-300">rolled back</span>
        ) : done ? (
          <span className="shrink-0 font-mono text-xs text-rose-300">done {formatOffset(done.offsetMs ?? 0)}</span>
        ) : null}
      </div>
      {step.action.kind === "webhook" && (
        <div className="mt-1 text-xs">
          <WebhookTarget method={step.action.method} url={stepUrl(drill, step, "injection")} />
        </div>
      )}
      {expanded && (
        <div className="mt-1.5 flex flex-col gap-1.5">
          {step.action.kind === "manual" && <ActionText label="Inject" action={step.action} url="" />}
          <ActionText label="Roll back" action={step.rollback} url={stepUrl(drill, step, "rollback")} />
        </div>
      )}

      {injection && injection.method === "webhook" && (
        <div className="mt-2">
          <RunResult label="Injection" run={injection} showOffset={injection.status !== "ok"} />
        </div>
      )}
      {canInject &&
        (webhook ? (
          <div className="mt-2">
            <Button size="sm" variant="danger" disabled={locked} onClick={() => inject.mutate({ stepId: step.id, confirmEnvironment })}>
              {injection?.status === "failed" ? "Run again" : "Run injection"}
            </Button>
          </div>
        ) : (
          <NoteAndButton id={`inj-note-${step.id}`} label={`Note for injection ${index + 1}`} placeholder="Note (what you ran, where)" note={note} setNote={setNote}>
            <Button size="sm" variant="danger" className="shrink-0" disabled={locked} onClick={() => inject.mutate({ stepId: step.id, note, confirmEnvironment })}>
              Mark done
            </Button>
          </NoteAndButton>
        ))}
      {inject.isPending && (
        <p className="mt-2 flex items-center gap-1.5 text-xs text-amber-300" role="status">
          <Spinner /> Running the injection…
        </p>
      )}

      {rollback && (
        <div className="mt-2">
          <RunResult label="Rollback" run={rollback} showOffset />
        </div>
      )}
      {noChange && !rollback && (
        <p className="mt-1 text-xs text-zinc-400" data-testid={`rollback-advice-${step.id}`}>
          {rollbackAnyway ?? "The action failed and changed nothing: there is nothing to roll back."}
        </p>
      )}
      {canRollBack && (
        <NoteAndButton id={`rb-note-${step.id}`} label={`Note for the rollback of injection ${index + 1}`} placeholder={step.rollback.kind === "manual" ? "Note (what you undid)" : "Note (optional)"} note={rollbackNote} setNote={setRollbackNote}>
          <Button size="sm" variant="secondary" className="shrink-0" disabled={locked} onClick={() => rollBack.mutate({ stepId: step.id, note: rollbackNote, confirmEnvironment })}>
            {rollback?.status === "failed" ? "Roll back again" : "Roll back"}
          </Button>
        </NoteAndButton>
      )}
      {rollBack.isPending && (
        <p className="mt-2 flex items-center gap-1.5 text-xs text-violet-300" role="status">
          <Spinner /> Rolling back…
        </p>
      )}
      {(inject.error ?? rollBack.error) && (
        <p role="alert" className="mt-1 text-xs text-rose-400">
          {(inject.error ?? rollBack.error)?.message}
        </p>
      )}
    </li>
  );
}
