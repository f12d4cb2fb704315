"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError } from "@/lib/api-client";
import { deleteExerciseMutation, exerciseQuery, updateExerciseMutation, type ExerciseSummary } from "@/lib/queries/exercises";
import { Can } from "../auth/can";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { ErrorBanner } from "../ui/field";
import { calendarDate } from "../review/report/format";
import { ExerciseDrills } from "./exercise-drills";
import { ExerciseForm } from "./exercise-form";
import { ExercisePlan } from "../improvements/exercise-plan";
import { ExerciseSurveyQuestions } from "./exercise-survey-questions";

function DeleteExercise({ exercise }: { exercise: ExerciseSummary }) {
  const router = useRouter();
  const remove = useMutation(deleteExerciseMutation(useQueryClient(), exercise.id));
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="dangerOutline" size="sm" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete ${exercise.name}?`}
        confirmLabel="Delete exercise"
        confirmVariant="danger"
        busy={remove.isPending || remove.isSuccess}
        error={remove.error?.message}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => router.push("/exercises") })}
      >
        The game day and its report go; its {exercise.drills.length === 1 ? "drill stays" : `${exercise.drills.length} drills stay`}, each on its own with its own report.
      </ConfirmDialog>
    </>
  );
}

function ExerciseHeader({ exercise }: { exercise: ExerciseSummary }) {
  const update = useMutation(updateExerciseMutation(useQueryClient(), exercise.id));
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <Card title="Edit exercise">
        <ExerciseForm
          idPrefix="edit-exercise"
          initial={{ name: exercise.name, date: exercise.date, description: exercise.description }}
          submitLabel="Save"
          busyLabel="Saving…"
          onCancel={() => setEditing(false)}
          onSubmit={async (fields) => {
            await update.mutateAsync(fields);
            setEditing(false);
          }}
        />
      </Card>
    );
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div className="flex min-w-0 flex-col gap-1">
        <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
          <Link href="/exercises" className="hover:text-zinc-300">
            ← Exercises
          </Link>
        </nav>
        <h1 className="text-xl font-semibold text-white [overflow-wrap:anywhere]">{exercise.name}</h1>
        <p className="text-sm text-zinc-400">{calendarDate(exercise.date)}</p>
        {exercise.description && <p className="max-w-3xl text-sm whitespace-pre-line text-zinc-300 [overflow-wrap:anywhere]">{exercise.description}</p>}
      </div>
      <div className="flex items-center gap-2">
        <Link href={`/exercises/${exercise.id}/report`} className="inline-flex h-9 items-center rounded-md bg-sky-600 px-3.5 text-sm font-medium text-white hover:bg-sky-500">
          Open the report
        </Link>
        <Can permission="drill.run">
          <Button size="sm" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <DeleteExercise exercise={exercise} />
        </Can>
      </div>
    </header>
  );
}

export function ExerciseDetail({ id }: { id: string }) {
  const exercise = useQuery(exerciseQuery(id));
  if (exercise.error instanceof ApiError && exercise.error.status === 404)
    return (
      <div className="flex flex-col items-start gap-2 rounded-lg border border-zinc-800 p-6">
        <h1 className="text-lg font-semibold text-white">Exercise not found</h1>
        <p className="text-sm text-zinc-400">It may have been deleted, or the link is wrong.</p>
        <Link href="/exercises" className="text-sm text-sky-400 hover:underline">
          All exercises
        </Link>
      </div>
    );
  if (exercise.error) return <ErrorBanner message={exercise.error.message} />;
  if (!exercise.data) return <p className="text-sm text-zinc-500">Loading the exercise…</p>;
  return (
    <div className="flex flex-col gap-4">
      <ExerciseHeader exercise={exercise.data} />
      <Card title={`Drills (${exercise.data.drills.length})`}>
        <ExerciseDrills exercise={exercise.data} />
      </Card>
      <ExercisePlan exerciseId={exercise.data.id} drillIds={exercise.data.drills.map((drill) => drill.id)} />
      <ExerciseSurveyQuestions exercise={exercise.data} />
    </div>
  );
}
