"use client";

import { useId, useState } from "react";
import { outstandingRollbacks } from "@/lib/drills/injections/runs/outstanding";
import { can, isEnded } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { inputClass } from "../ui/field";
import { InjectionStep } from "./injection-step";

/** A protected environment: nothing runs until the facilitator types its name here. */
function ProtectedBanner({ name, value, onChange }: { name: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const confirmed = value.trim() === name;
  return (
    <div role="note" className="mb-2 rounded-md border border-amber-700/70 bg-amber-950/40 px-2.5 py-2 text-xs text-amber-100">
      <p>
        <strong className="font-semibold">{name}</strong> is a protected environment. Injections and rollbacks run only after you type its name; each run is recorded as an override.
      </p>
      <label htmlFor={id} className="mt-1.5 block font-medium text-amber-200">
        Type {name} to confirm
      </label>
      <input id={id} value={value} onChange={(event) => onChange(event.target.value)} autoComplete="off" spellCheck={false} placeholder={name} aria-invalid={value !== "" && !confirmed} className={`${inputClass} mt-1 h-7 py-0 font-mono text-xs`} />
      {confirmed && <p className="mt-1 text-amber-300">Confirmed: the buttons below act on {name}.</p>}
    </div>
  );
}

export function InjectionPanel({ drill }: { drill: DrillView }) {
  const [confirmation, setConfirmation] = useState("");
  const { environment } = drill;
  const canAct = can(drill.status, "trigger_injection") || can(drill.status, "run_rollback");
  const locked = environment.protected && confirmation.trim() !== environment.name;
  const leftToRollBack = isEnded(drill.status) ? outstandingRollbacks(drill.script.injections, drill.injectionRuns) : [];
  return (
    <Card title="Injection steps" actions={<Badge tone={environment.protected ? "warning" : "neutral"}>{environment.protected ? `${environment.name} · protected` : environment.name}</Badge>}>
      {environment.protected && canAct && <ProtectedBanner name={environment.name} value={confirmation} onChange={setConfirmation} />}
      {leftToRollBack.length > 0 && (
        <p role="status" className="mb-2 rounded-md border border-rose-800 bg-rose-950/50 px-2.5 py-1.5 text-xs text-rose-200">
          Not rolled back yet: {leftToRollBack.map((step) => step.name).join(", ")}.
        </p>
      )}
      <ol className="flex flex-col gap-1.5">
        {drill.script.injections.map((step, index) => (
          <InjectionStep key={step.id} drill={drill} step={step} index={index} confirmEnvironment={environment.protected ? confirmation.trim() : undefined} locked={locked} />
        ))}
      </ol>
    </Card>
  );
}
