import Link from "next/link";
import type { DrillReport } from "@/lib/review/report/types";
import { Badge } from "@/components/ui/badge";
import { DemoBadge } from "@/components/drills/demo-badge";
import { DownloadLinks } from "./download-links";
import { OUTCOME_LOOK, outcomeLabel, wallTime } from "./format";

/** Title, outcome, whether the report is a draft or frozen, and the downloads. */
export function ReportHeader({ report, urls, backHref, replayHref }: { report: DrillReport; urls: { json: string; markdown: string; pdf: string }; backHref?: string; replayHref?: string }) {
  const { drill } = report;
  const look = drill.outcome ? OUTCOME_LOOK[drill.outcome] : null;
  return (
    <header className="flex flex-col gap-3">
      {(backHref || replayHref) && (
        <nav aria-label="Breadcrumb" className="flex gap-3 text-xs text-zinc-500 print:hidden">
          {backHref && (
            <Link href={backHref} className="hover:text-zinc-300">
              ← Back to the drill
            </Link>
          )}
          {replayHref && (
            <Link href={replayHref} className="text-sky-400 hover:underline">
              ▶ Replay the drill
            </Link>
          )}
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="flex min-w-0 flex-col gap-1">
          <p className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Drill report</p>
          <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold text-white [overflow-wrap:anywhere] print:text-black">
            {drill.title}
            <DemoBadge demo={drill.demo} />
            <Badge tone={look?.tone ?? "neutral"} className="text-xs uppercase">
              <span data-testid="report-outcome">{outcomeLabel(drill.outcome)}</span>
            </Badge>
          </h1>
          <p className="text-xs text-zinc-400">
            {drill.scenarioTitle} · revision {drill.revision}
            {drill.exercise && (
              <>
                {" · "}
                part of{" "}
                <Link href={`/exercises/${drill.exercise.id}`} className="text-sky-400 hover:underline">
                  {drill.exercise.name}
                </Link>
              </>
            )}
          </p>
        </div>
        <DownloadLinks urls={urls} />
      </div>
      {report.final ? (
        <p role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-emerald-900 bg-emerald-950/40 px-3 py-2 text-sm text-emerald-200">
          <span className="rounded bg-emerald-900/80 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-emerald-100 uppercase">Final</span>
          Final report, frozen {wallTime(drill.closedAt ?? report.generatedAt, report.timeZone)}: later edits to the scenario or the timeline do not change it.
        </p>
      ) : (
        <p role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-900 bg-amber-950/40 px-3 py-2 text-sm text-amber-200">
          <span className="rounded bg-amber-900/80 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-amber-100 uppercase">Draft</span>
          {drill.status === "in_review"
            ? "Draft: the drill is still in review. Ratings, evidence and notes may change until it is closed."
            : "Draft: the drill has not been reviewed and closed yet. This is computed from its timeline as it stands."}
        </p>
      )}
      <p className="text-[11px] text-zinc-500">
        Times of day are in <span className="font-medium text-zinc-400">{report.timeZone}</span>; T+ times are on the drill clock (pauses excluded). Generated{" "}
        {wallTime(report.generatedAt, report.timeZone)}.
      </p>
    </header>
  );
}
