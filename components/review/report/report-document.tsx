import type { DrillReport } from "@/lib/review/report/types";
import { ReportHeader } from "./report-header";
import { ReportOverview, ReportRoster, ReportSummary } from "./report-overview";
import { KeyMoments, ModelAnswerComparison, ObserverNotes } from "./report-record";
import { ReportPlanSection } from "./report-plan";
import { ReportRetroSection } from "./report-retro";
import { ReportScorecard } from "./report-scorecard";
import { ReportSurvey } from "./report-survey";

/** A drill's report as a page. `staff`: links into the staff pages (a share link's holder gets none). */
export function ReportDocument({ report, urls, staff, replayHref }: { report: DrillReport; urls: { json: string; markdown: string; pdf: string }; staff: boolean; replayHref?: string }) {
  return (
    <article className="flex flex-col gap-4 print:text-black">
      <ReportHeader report={report} urls={urls} backHref={staff ? `/drills/${report.drill.id}` : undefined} replayHref={replayHref} />
      <ReportSummary report={report} />
      <ReportOverview report={report} links={staff} />
      <ReportRoster roster={report.roster} />
      <ReportScorecard report={report} />
      <KeyMoments report={report} />
      <ModelAnswerComparison report={report} />
      <ObserverNotes report={report} />
      {/* Absent in reports frozen before the hot wash. */}
      {report.sections.survey && <ReportSurvey survey={report.sections.survey} />}
      {report.sections.retro && <ReportRetroSection retro={report.sections.retro} plan={report.sections.plan} timeZone={report.timeZone} />}
      {report.sections.plan && <ReportPlanSection plan={report.sections.plan} timeZone={report.timeZone} />}
    </article>
  );
}
