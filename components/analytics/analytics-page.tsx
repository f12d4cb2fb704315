"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { ENDED_STATUSES } from "@/lib/drill-model/state-machine";
import { analyticsFiltersQuery, analyticsQuery, type AnalyticsFilters, type AnalyticsView } from "@/lib/queries/analytics";
import { ErrorBanner } from "../ui/field";
import { AnalyticsFiltersBar } from "./analytics-filters";
import { AnalyticsSection } from "./analytics-section";
import { drillsWord } from "./chart-style";
import { hintsSurveyCsv, outcomesCsv, planCsv, scenariosCsv, timesCsv } from "./csv-tables";
import { HintsSurveyCharts } from "./hints-survey-chart";
import { OutcomesChart } from "./outcomes-chart";
import { PlanTable } from "./plan-table";
import { ScenariosTable } from "./scenarios-table";
import { TimesChart } from "./times-chart";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters the address holds; a malformed day or outcome is left out rather than failing the page. */
function filtersOf(params: URLSearchParams): AnalyticsFilters {
  const text = (name: string) => params.get(name) || undefined;
  const day = (name: string) => (DAY.test(params.get(name) ?? "") ? params.get(name)! : undefined);
  const outcome = params.get("outcome");
  return {
    from: day("from"),
    to: day("to"),
    scenarioId: text("scenarioId"),
    team: text("team"),
    outcome: (ENDED_STATUSES as readonly string[]).includes(outcome ?? "") ? (outcome as AnalyticsFilters["outcome"]) : undefined,
    facilitator: text("facilitator"),
  };
}

function Headline({ view }: { view: AnalyticsView }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1" aria-label="Drills counted" role="status">
      <span className="text-2xl font-semibold text-white tabular-nums">{view.drills}</span>
      <span className="text-sm text-zinc-400">closed {view.drills === 1 ? "drill" : "drills"} counted</span>
      {view.notYetClosed > 0 && (
        <span className="text-sm text-amber-300">
          {view.notYetClosed} ended {view.notYetClosed === 1 ? "drill" : "drills"} not closed yet {view.notYetClosed === 1 ? "is" : "are"} not counted
        </span>
      )}
    </div>
  );
}

function Figures({ view }: { view: AnalyticsView }) {
  const restsOn = `rests on ${drillsWord(view.drills)}`;
  const teamDrills = view.teams.reduce((most, team) => Math.max(most, team.drills), 0);
  return (
    <>
      <AnalyticsSection title="Outcomes over time" restsOn={restsOn} csv={() => outcomesCsv(view)} fileName="analytics-outcomes.csv">
        <OutcomesChart periods={view.periods} />
      </AnalyticsSection>
      <AnalyticsSection title="Response times per team" restsOn={`rests on up to ${drillsWord(teamDrills)} per team`} csv={() => timesCsv(view)} fileName="analytics-times.csv">
        <TimesChart teams={view.teams} preferredTeam={view.filters.team} />
      </AnalyticsSection>
      <AnalyticsSection title="Hints and survey" restsOn={restsOn} csv={() => hintsSurveyCsv(view)} fileName="analytics-hints-survey.csv">
        <HintsSurveyCharts periods={view.periods} />
      </AnalyticsSection>
      <AnalyticsSection title="Scenarios" restsOn={`${view.scenarios.length} ${view.scenarios.length === 1 ? "scenario" : "scenarios"}, ${restsOn}`} csv={() => scenariosCsv(view)} fileName="analytics-scenarios.csv">
        <ScenariosTable scenarios={view.scenarios} />
      </AnalyticsSection>
      <AnalyticsSection title="Plan health" restsOn={`action items of these ${drillsWord(view.drills)} and their game days`} csv={() => planCsv(view)} fileName="analytics-plan-health.csv">
        <PlanTable plan={view.plan} />
      </AnalyticsSection>
    </>
  );
}

/** Figures across closed drills, narrowed by what the address says, so a filtered view can be shared. */
export function AnalyticsPage() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [filters, showFilters] = useOptimistic(filtersOf(new URLSearchParams(params.toString())));
  const [, startTransition] = useTransition();
  const analytics = useQuery(analyticsQuery(filters));
  // The controls show the new filters at once; the address catches up when the navigation settles.
  const change = (patch: Partial<AnalyticsFilters>) =>
    startTransition(() => {
      const next = { ...filters, ...patch };
      showFilters(next);
      router.replace(`${pathname}${analyticsFiltersQuery(next)}`, { scroll: false });
    });
  const view = analytics.data;
  return (
    <div className="flex flex-col gap-4">
      <AnalyticsFiltersBar value={filters} choices={view?.choices} onChange={change} />
      {analytics.error && <ErrorBanner message={analytics.error.message} />}
      {!view && !analytics.error && <p className="text-sm text-zinc-500">Loading the figures…</p>}
      {view && <Headline view={view} />}
      {view && view.drills === 0 && <p className="rounded-lg border border-zinc-800 p-6 text-sm text-zinc-400">No closed drill matches these filters.</p>}
      {view && view.drills > 0 && <Figures view={view} />}
    </div>
  );
}
