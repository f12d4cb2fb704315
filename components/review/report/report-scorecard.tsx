import type { DrillReport } from "@/lib/review/report/types";
import { MilestoneChart } from "./milestone-chart";
import { ReportSection } from "./report-parts";
import { MistakesList, Participation } from "./scorecard-people";
import { CriteriaTable, ObjectivesList, TimeBoxAndAborts } from "./scorecard-results";
import { AlertsTable, HintsTable, TimesTable } from "./scorecard-times";

export function ReportScorecard({ report }: { report: DrillReport }) {
  const { scorecard } = report;
  return (
    <ReportSection id="scorecard" title="Scorecard" aside={report.final ? "Frozen at close" : "Recomputed from the timeline on every change"}>
      <TimesTable scorecard={scorecard} />
      <div className="grid gap-4 xl:grid-cols-2">
        <CriteriaTable criteria={scorecard.criteria} />
        <MilestoneChart scorecard={scorecard} />
      </div>
      <ObjectivesList objectives={scorecard.objectives} />
      <AlertsTable alerts={scorecard.alerts} />
      <HintsTable hints={scorecard.hints} />
      <TimeBoxAndAborts scorecard={scorecard} />
      <MistakesList mistakes={scorecard.mistakes} />
      <Participation participation={scorecard.participation} />
    </ReportSection>
  );
}
