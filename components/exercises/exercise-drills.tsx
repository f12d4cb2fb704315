"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { drillListQuery } from "@/lib/queries/drills";
import { exerciseListQuery, setDrillExerciseMutation, type ExerciseSummary } from "@/lib/queries/exercises";
import { useCan } from "../auth/use-can";
import { Button } from "../ui/button";
import { ErrorBanner, inputClass } from "../ui/field";
import { DrillStanding } from "./drill-standing";
import { DemoBadge } from "../drills/demo-badge";

/** Picks a drill that is not in this game day yet; one in another game day says so, as adding moves it. */
function AddDrill({ exercise }: { exercise: ExerciseSummary }) {
  const client = useQueryClient();
  const drills = useQuery(drillListQuery());
  const exercises = useQuery(exerciseListQuery());
  const move = useMutation(setDrillExerciseMutation(client));
  const [drillId, setDrillId] = useState("");
  const selectId = useId();
  const inThis = new Set(exercise.drills.map((drill) => drill.id));
  const elsewhere = new Map((exercises.data ?? []).filter((other) => other.id !== exercise.id).flatMap((other) => other.drills.map((drill) => [drill.id, other] as const)));
  const candidates = (drills.data ?? []).filter((drill) => !inThis.has(drill.id));
  const add = () => {
    if (!drillId) return;
    move.mutate({ drillId, exerciseId: exercise.id, previous: elsewhere.get(drillId)?.id ?? null }, { onSuccess: () => setDrillId("") });
  };
  return (
    <div className="flex flex-col gap-1.5 border-t border-zinc-800 pt-3">
      <label htmlFor={selectId} className="text-xs font-medium text-zinc-400">
        Add a drill to this exercise
      </label>
      <div className="flex gap-2">
        <select id={selectId} value={drillId} onChange={(event) => setDrillId(event.target.value)} className={inputClass} disabled={!drills.data}>
          <option value="">{drills.data ? (candidates.length ? "Choose a drill…" : "Every drill is in it already") : "Loading drills…"}</option>
          {candidates.map((drill) => {
            const other = elsewhere.get(drill.id);
            return (
              <option key={drill.id} value={drill.id}>
                {drill.title} · {drill.status.replaceAll("_", " ")}
                {other ? ` (moves it from ${other.name})` : ""}
              </option>
            );
          })}
        </select>
        <Button variant="primary" onClick={add} disabled={!drillId || move.isPending} className="shrink-0 whitespace-nowrap">
          {move.isPending ? "Adding…" : "Add drill"}
        </Button>
      </div>
      <ErrorBanner message={move.error?.message} />
    </div>
  );
}

function RemoveDrill({ exerciseId, drill }: { exerciseId: string; drill: ExerciseSummary["drills"][number] }) {
  const move = useMutation(setDrillExerciseMutation(useQueryClient()));
  return (
    <span className="inline-flex flex-col items-end gap-0.5">
      <Button size="sm" variant="ghost" aria-label={`Remove ${drill.title} from the exercise`} disabled={move.isPending} onClick={() => move.mutate({ drillId: drill.id, exerciseId: null, previous: exerciseId })}>
        {move.isPending ? "Removing…" : "Remove"}
      </Button>
      {move.error && (
        <span role="alert" className="text-xs text-rose-400">
          {move.error.message}
        </span>
      )}
    </span>
  );
}

/** The drills of a game day; facilitators add and remove them (a removed drill stays, on its own). */
export function ExerciseDrills({ exercise }: { exercise: ExerciseSummary }) {
  const can = useCan();
  const canRun = can("drill.run");
  return (
    <div className="flex flex-col gap-3">
      {exercise.drills.length === 0 ? (
        <p className="text-sm text-zinc-500">No drills in this exercise yet.{canRun ? " Add the drills run on the day below." : ""}</p>
      ) : (
        <table aria-label="Drills in this exercise" className="w-full text-sm">
          <thead className="text-left text-xs text-zinc-500">
            <tr>
              <th className="py-1.5 font-medium">Drill</th>
              <th className="py-1.5 font-medium">Outcome</th>
              <th className="py-1.5 font-medium">
                <span className="sr-only">Links</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-800">
            {exercise.drills.map((drill) => (
              <tr key={drill.id}>
                <td className="py-2 pr-3">
                  <Link href={canRun ? `/drills/${drill.id}` : `/drills/${drill.id}/observe`} className="font-medium text-zinc-100 [overflow-wrap:anywhere] hover:text-sky-300">
                    {drill.title}
                  </Link>
                  <DemoBadge demo={drill.demo} className="ml-2" />
                </td>
                <td className="py-2 pr-3">
                  <DrillStanding status={drill.status} outcome={drill.outcome} />
                </td>
                <td className="py-2 text-right text-xs">
                  <span className="inline-flex items-center gap-3">
                    {drill.outcome && (
                      <Link href={`/drills/${drill.id}/report`} className="text-sky-400 hover:underline">
                        Report<span className="sr-only"> of {drill.title}</span>
                      </Link>
                    )}
                    {canRun && <RemoveDrill exerciseId={exercise.id} drill={drill} />}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canRun && <AddDrill exercise={exercise} />}
    </div>
  );
}
