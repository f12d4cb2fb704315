"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { createExerciseMutation, exerciseListQuery, type ExerciseSummary } from "@/lib/queries/exercises";
import { Can } from "../auth/can";
import { Card } from "../ui/card";
import { ErrorBanner } from "../ui/field";
import { calendarDate } from "../review/report/format";
import { DrillStanding } from "./drill-standing";
import { ExerciseForm, today } from "./exercise-form";

function ExerciseRow({ exercise }: { exercise: ExerciseSummary }) {
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:gap-6">
      <div className="flex min-w-0 flex-col gap-0.5 sm:w-72 sm:shrink-0">
        <Link href={`/exercises/${exercise.id}`} className="font-medium text-zinc-100 [overflow-wrap:anywhere] hover:text-sky-300">
          {exercise.name}
        </Link>
        <span className="text-xs text-zinc-400">{calendarDate(exercise.date)}</span>
        {exercise.description && <span className="line-clamp-2 text-xs text-zinc-500">{exercise.description}</span>}
      </div>
      {exercise.drills.length === 0 ? (
        <p className="text-sm text-zinc-500">No drills yet.</p>
      ) : (
        <ul aria-label={`Drills of ${exercise.name}`} className="flex min-w-0 flex-1 flex-col gap-1">
          {exercise.drills.map((drill) => (
            <li key={drill.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="min-w-0 text-zinc-200 [overflow-wrap:anywhere]">{drill.title}</span>
              <DrillStanding status={drill.status} outcome={drill.outcome} />
            </li>
          ))}
        </ul>
      )}
      <Link href={`/exercises/${exercise.id}/report`} className="shrink-0 text-xs text-sky-400 hover:underline">
        Report
      </Link>
    </li>
  );
}

function NewExercise() {
  const router = useRouter();
  const create = useMutation(createExerciseMutation(useQueryClient()));
  return (
    <Card title="New exercise">
      <ExerciseForm
        idPrefix="new-exercise"
        initial={{ name: "", date: today(), description: "" }}
        submitLabel="Create exercise"
        busyLabel="Creating…"
        onSubmit={async (fields) => {
          const created = await create.mutateAsync(fields);
          router.push(`/exercises/${created.id}`);
        }}
      />
    </Card>
  );
}

/** Game days: drills run together on one day, reported together. */
export function ExerciseList() {
  const exercises = useQuery(exerciseListQuery());
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <Card title="Game days">
        {exercises.error ? (
          <ErrorBanner message={exercises.error.message} />
        ) : !exercises.data ? (
          <p className="text-sm text-zinc-500">Loading exercises…</p>
        ) : exercises.data.length === 0 ? (
          <p className="text-sm text-zinc-500">No exercise yet. A game day groups the drills run on one day, and its report rolls up their scorecards.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-zinc-800">
            {exercises.data.map((exercise) => (
              <ExerciseRow key={exercise.id} exercise={exercise} />
            ))}
          </ul>
        )}
      </Card>
      <Can permission="drill.run">
        <NewExercise />
      </Can>
    </div>
  );
}
