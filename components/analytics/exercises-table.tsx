import { ENDED_STATUSES } from "@/lib/drill-model/state-machine";
import type { AnalyticsView } from "@/lib/queries/analytics";
import { calendarDate, outcomeLabel } from "../review/report/format";
import { DataTable } from "../ui/table";
import { drillsWord } from "./chart-style";
import { Rating, TimeCell } from "./scenarios-table";

type Exercise = AnalyticsView["exercises"][number];
const cell = "px-3 py-2 align-top";

function ExerciseRow({ exercise }: { exercise: Exercise }) {
  const { survey, actionItems } = exercise;
  const outcomes = ENDED_STATUSES.filter((outcome) => exercise.outcomes[outcome]).map((outcome) => `${exercise.outcomes[outcome]} ${outcomeLabel(outcome).toLowerCase()}`);
  return (
    <tr>
      <td className={cell}>
        <span className="block font-medium text-zinc-100 [overflow-wrap:anywhere]">{exercise.name}</span>
        <span className="text-[11px] text-zinc-500">{calendarDate(exercise.date)}</span>
      </td>
      <td className={`${cell} tabular-nums`}>{exercise.drills}</td>
      <td className={`${cell} text-xs`}>{outcomes.join(" · ")}</td>
      <td className={cell}>
        <TimeCell spread={exercise.times.acknowledge} />
      </td>
      <td className={cell}>
        <TimeCell spread={exercise.times.escalate} />
      </td>
      <td className={cell}>
        <TimeCell spread={exercise.times.mitigate} />
      </td>
      <td className={cell}>
        <span className="tabular-nums">{exercise.hintsPerDrill ?? "—"}</span>
        <span className="block text-[11px] text-zinc-500">n={exercise.drills}</span>
      </td>
      <td className={cell}>
        {survey.drills === 0 ? (
          <span className="text-zinc-600">—</span>
        ) : (
          <span className="flex flex-col text-xs">
            <span>
              Hard <Rating value={survey.difficulty} /> · Useful <Rating value={survey.usefulness} /> · Enjoyable <Rating value={survey.enjoyment} />
            </span>
            <span className="text-[11px] text-zinc-500">over {drillsWord(survey.drills)}</span>
          </span>
        )}
      </td>
      <td className={`${cell} text-xs tabular-nums`}>
        {actionItems.opened === 0 ? (
          <span className="text-zinc-600">none</span>
        ) : (
          <>
            {actionItems.opened} opened · {actionItems.done} done · {actionItems.verified} verified
          </>
        )}
      </td>
    </tr>
  );
}

/** Game days side by side: how each one's drills went, from the drills counted here. */
export function ExercisesTable({ exercises }: { exercises: AnalyticsView["exercises"] }) {
  if (exercises.length === 0) return <p className="text-sm text-zinc-500">None of the drills counted here was part of a game day.</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-label="Game days table" tabIndex={0}>
      <DataTable
        minWidthClass="min-w-[1100px]"
        columns={[
          { label: "Game day" },
          { label: "Drills" },
          { label: "Outcomes" },
          { label: "Acknowledge (median)" },
          { label: "Escalate (median)" },
          { label: "Mitigate (median)" },
          { label: "Hints per drill" },
          { label: "Survey (1–5)" },
          { label: "Action items" },
        ]}
      >
        {exercises.map((exercise) => (
          <ExerciseRow key={exercise.exerciseId} exercise={exercise} />
        ))}
      </DataTable>
    </div>
  );
}
