"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ApiError } from "@/lib/api-client";
import type { Rating } from "@/lib/drill-model/debrief";
import { RATINGS } from "@/lib/drill-model/debrief";
import { exerciseReportQuery, exerciseReportUrl } from "@/lib/queries/reports";
import type { ExerciseDrillSurvey, ExerciseReport } from "@/lib/review/report/types";
import { ErrorBanner } from "../ui/field";
import { DownloadLinks } from "../review/report/download-links";
import { calendarDate, outcomeLabel, span, wallTime } from "../review/report/format";
import { ReportPlanSection } from "../review/report/report-plan";
import { RatingBadge, ReportSection, ReportTable, cellClass } from "../review/report/report-parts";
import { DrillStanding } from "./drill-standing";

function Total({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="flex flex-col gap-0.5 rounded-md border border-zinc-800 bg-zinc-950/40 px-3 py-2">
      <span className="text-[11px] font-medium text-zinc-500">{label}</span>
      <span className="text-lg font-semibold text-white tabular-nums">{value}</span>
      {detail && <span className="text-xs text-zinc-400">{detail}</span>}
    </div>
  );
}

function Totals({ report }: { report: ExerciseReport }) {
  const { totals } = report;
  const outcomes = Object.entries(totals.byOutcome)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcomeLabel(outcome as never).toLowerCase()}`)
    .join(", ");
  const ratings = RATINGS.filter((rating) => (totals.ratings[rating] ?? 0) > 0)
    .map((rating) => `${totals.ratings[rating]} ${rating}`)
    .join(", ");
  return (
    <ReportSection id="totals" title="Totals">
      <div className="grid gap-3 sm:grid-cols-3">
        <Total label="Drills" value={String(totals.drills)} detail={outcomes || "none has ended"} />
        <Total label="Success criteria met" value={`${totals.criteriaMet} / ${totals.criteriaTotal}`} />
        <Total label="Objective ratings" value={String(Object.values(totals.ratings).reduce((sum, count) => sum + count, 0))} detail={ratings || "none rated"} />
      </div>
    </ReportSection>
  );
}

const average = (value: number | null) => value?.toFixed(1) ?? "—";

/** The drill's survey averages; the figures hide below 3 answers, as the survey itself does. */
function SurveyAverages({ survey }: { survey: ExerciseDrillSurvey | null }) {
  if (!survey) return <span className="text-zinc-500">—</span>;
  return (
    <dl className="grid grid-cols-[auto_auto] gap-x-2 text-xs tabular-nums">
      {(
        [
          ["Hard", survey.difficulty],
          ["Useful", survey.usefulness],
          ["Enjoyable", survey.enjoyment],
        ] as const
      ).map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-500">{label}</dt>
          <dd className="text-right text-zinc-200">{average(value)}</dd>
        </div>
      ))}
      <dd className="col-span-2 text-[11px] text-zinc-500">
        {survey.answers} answer{survey.answers === 1 ? "" : "s"}
      </dd>
    </dl>
  );
}

function SideBySide({ report }: { report: ExerciseReport }) {
  return (
    <ReportSection id="drills" title="The drills side by side">
      <ReportTable label="Drills side by side" heads={["Drill", "Outcome", "Duration", "To acknowledge", "To mitigate", "Criteria met", "Objectives", "Survey"]} numeric={[2, 3, 4, 5]}>
        {report.drills.map((drill) => (
          <tr key={drill.id}>
            <td className={cellClass}>
              <span className="font-medium text-zinc-100">{drill.title}</span>
              <span className="block text-xs text-zinc-500">{drill.scenarioTitle}</span>
            </td>
            <td className={cellClass}>
              <DrillStanding status={drill.status} outcome={drill.outcome} />
            </td>
            <td className={`${cellClass} text-right font-mono tabular-nums`}>
              {span(drill.durationMs)} <span className="block text-[11px] text-zinc-500">of {drill.timeBoxMinutes} min</span>
            </td>
            <td className={`${cellClass} text-right font-mono tabular-nums`}>{span(drill.timeToAcknowledgeMs)}</td>
            <td className={`${cellClass} text-right font-mono tabular-nums`}>{span(drill.timeToMitigateMs)}</td>
            <td className={`${cellClass} text-right tabular-nums`}>{drill.criteriaTotal ? `${drill.criteriaMet} / ${drill.criteriaTotal}` : "—"}</td>
            <td className={cellClass}>
              {drill.ratings.length === 0 ? (
                <span className="text-zinc-500">—</span>
              ) : (
                <ul className="flex flex-col gap-0.5">
                  {drill.ratings.map((objective) => (
                    <li key={objective.id} className="flex items-center gap-1.5 text-xs">
                      <RatingBadge rating={objective.rating as Rating} />
                      <span className="text-zinc-300">{objective.name}</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className={cellClass}>
              <SurveyAverages survey={drill.survey} />
            </td>
          </tr>
        ))}
      </ReportTable>
    </ReportSection>
  );
}

function DrillSummaries({ report }: { report: ExerciseReport }) {
  return (
    <ReportSection id="summaries" title="Each drill">
      <ol className="flex flex-col divide-y divide-zinc-800/70">
        {report.drills.map((drill) => (
          <li key={drill.id} className="flex flex-col gap-1.5 py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-sm font-medium text-zinc-100">{drill.title}</h3>
              <Link href={`/drills/${drill.id}/report`} className="text-xs text-sky-400 hover:underline print:hidden">
                {drill.final ? "Final report" : "Draft report"}
                <span className="sr-only"> of {drill.title}</span> →
              </Link>
            </div>
            {drill.summary.length === 0 ? (
              <p className="text-sm text-zinc-500 italic">No summary yet.</p>
            ) : (
              <ul className="flex list-disc flex-col gap-0.5 pl-5 text-sm text-zinc-300">
                {drill.summary.map((line, index) => (
                  <li key={index} className="[overflow-wrap:anywhere]">
                    {line}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}

export function ExerciseReportView({ exerciseId }: { exerciseId: string }) {
  const report = useQuery(exerciseReportQuery(exerciseId));
  if (report.error instanceof ApiError && report.error.status === 404)
    return (
      <div className="flex flex-col items-start gap-2 rounded-lg border border-zinc-800 p-6">
        <h1 className="text-lg font-semibold text-white">Exercise not found</h1>
        <Link href="/exercises" className="text-sm text-sky-400 hover:underline">
          All exercises
        </Link>
      </div>
    );
  if (report.error) return <ErrorBanner message={`Could not load the report: ${report.error.message}`} />;
  if (!report.data) return <p className="text-sm text-zinc-500">Loading the report…</p>;
  const data = report.data;
  const drafts = data.drills.filter((drill) => !drill.final).length;
  return (
    <article className="flex flex-col gap-4">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-xs text-zinc-500 print:hidden">
          <Link href={`/exercises/${exerciseId}`} className="hover:text-zinc-300">
            ← Back to the exercise
          </Link>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-1">
            <p className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Exercise report</p>
            <h1 className="text-xl font-semibold text-white [overflow-wrap:anywhere]">{data.exercise.name}</h1>
            <p className="text-sm text-zinc-400">{calendarDate(data.exercise.date)}</p>
            {data.exercise.description && <p className="max-w-3xl text-sm whitespace-pre-line text-zinc-300">{data.exercise.description}</p>}
          </div>
          <DownloadLinks urls={{ json: exerciseReportUrl(exerciseId), markdown: exerciseReportUrl(exerciseId, "markdown"), pdf: exerciseReportUrl(exerciseId, "pdf") }} />
        </div>
        {drafts > 0 && (
          <p role="status" className="rounded-md border border-amber-900 bg-amber-950/40 px-3 py-2 text-sm text-amber-200">
            {drafts === 1 ? "One drill is" : `${drafts} drills are`} not closed yet: {drafts === 1 ? "its" : "their"} figures may still change.
          </p>
        )}
        <p className="text-[11px] text-zinc-500">
          Times of day are in <span className="font-medium text-zinc-400">{data.timeZone}</span>; times to acknowledge and mitigate run from each drill&apos;s first injection (or its start, when none applied). Generated {wallTime(data.generatedAt, data.timeZone)}.
        </p>
      </header>
      {data.drills.length === 0 ? (
        <p className="text-sm text-zinc-500">This exercise has no drills yet.</p>
      ) : (
        <>
          <Totals report={data} />
          <SideBySide report={data} />
          <DrillSummaries report={data} />
        </>
      )}
      <ReportPlanSection plan={data.plan} timeZone={data.timeZone} />
    </article>
  );
}
