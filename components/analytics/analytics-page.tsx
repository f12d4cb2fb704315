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
import { ExercisesTable } from "./exercises-table";
import { HintsSurveyCharts } from "./hints-survey-chart";
import { OutcomesChart } from "./outcomes-chart";
import { exercisesCsv } from "./people-csv";
import { PlanTable } from "./plan-table";
import { RespondersSection } from "./responders-section";
import { ScenariosTable } from "./scenarios-table";
import { TimesChart } from "./times-chart";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the address holds: the filters, and which team's times and which responder the page shows. */
interface Address {
  filters: AnalyticsFilters;
  timesTeam?: string;
  responder?: string;
}

/** The address as the page reads it; a malformed day, outcome or demo choice is left out rather than failing the page. */
function addressOf(params: URLSearchParams): Address {
  const text = (name: string) => params.get(name) || undefined;
  const day = (name: string) => (DAY.test(params.get(name) ?? "") ? params.get(name)! : undefined);
  const outcome = params.get("outcome");
  return {
    filters: {
      from: day("from"),
      to: day("to"),
      scenarioId: text("scenarioId"),
      team: text("team"),
      outcome: (ENDED_STATUSES as readonly string[]).includes(outcome ?? "") ? (outcome as AnalyticsFilters["outcome"]) : undefined,
      facilitatorId: text("facilitatorId"),
      facilitator: text("facilitator"),
      demo: params.get("demo") === "exclude" ? "exclude" : undefined,
    },
    timesTeam: text("timesTeam"),
    responder: text("responder"),
  };
}

function Headline({ view }: { view: AnalyticsView }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1" aria-label="Drills counted" role="status">
      <span className="text-2xl font-semibold text-white tabular-nums">{view.drills}</span>
      <span className="text-sm text-zinc-400">closed {view.drills === 1 ? "drill" : "drills"} counted</span>
      {view.demoDrills > 0 && (
        <span className="text-sm text-violet-300">
          {view.demoDrills} of them {view.demoDrills === 1 ? "is" : "are"} demo data
        </span>
      )}
      {view.notYetClosed > 0 && (
        <span className="text-sm text-amber-300">
          {view.notYetClosed} ended {view.notYetClosed === 1 ? "drill" : "drills"} not closed yet {view.notYetClosed === 1 ? "is" : "are"} not counted
        </span>
      )}
    </div>
  );
}

function Figures({ view, address, change }: { view: AnalyticsView; address: Address; change: (patch: Partial<Omit<Address, "filters">>) => void }) {
  const restsOn = `rests on ${drillsWord(view.drills)}`;
  const teamDrills = view.teams.reduce((most, team) => Math.max(most, team.drills), 0);
  const gameDayDrills = view.exercises.reduce((sum, exercise) => sum + exercise.drills, 0);
  return (
    <>
      <AnalyticsSection title="Outcomes over time" restsOn={restsOn} csv={() => outcomesCsv(view)} fileName="analytics-outcomes.csv">
        <OutcomesChart periods={view.periods} />
      </AnalyticsSection>
      <AnalyticsSection title="Response times per team" restsOn={`rests on up to ${drillsWord(teamDrills)} per team`} csv={() => timesCsv(view)} fileName="analytics-times.csv">
        <TimesChart teams={view.teams} preferredTeam={view.filters.team} picked={address.timesTeam} pick={(timesTeam) => change({ timesTeam })} />
      </AnalyticsSection>
      <AnalyticsSection title="Hints and survey" restsOn={restsOn} csv={() => hintsSurveyCsv(view)} fileName="analytics-hints-survey.csv">
        <HintsSurveyCharts periods={view.periods} />
      </AnalyticsSection>
      <AnalyticsSection title="Scenarios" restsOn={`${view.scenarios.length} ${view.scenarios.length === 1 ? "scenario" : "scenarios"}, ${restsOn}`} csv={() => scenariosCsv(view)} fileName="analytics-scenarios.csv">
        <ScenariosTable scenarios={view.scenarios} />
      </AnalyticsSection>
      <AnalyticsSection
        title="Game days compared"
        restsOn={`${view.exercises.length} ${view.exercises.length === 1 ? "game day" : "game days"}, rests on ${drillsWord(gameDayDrills)} of ${view.drills}`}
        csv={() => exercisesCsv(view)}
        fileName="analytics-game-days.csv"
      >
        <ExercisesTable exercises={view.exercises} />
      </AnalyticsSection>
      <AnalyticsSection title="Plan health" restsOn={`action items of these ${drillsWord(view.drills)} and their game days`} csv={() => planCsv(view)} fileName="analytics-plan-health.csv">
        <PlanTable plan={view.plan} />
      </AnalyticsSection>
      <RespondersSection filters={view.filters} selected={address.responder} select={(responder) => change({ responder })} />
    </>
  );
}

/** Figures across closed drills, narrowed by what the address says, so a filtered view can be shared. */
export function AnalyticsPage() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [address, showAddress] = useOptimistic(addressOf(new URLSearchParams(params.toString())));
  const [, startTransition] = useTransition();
  const analytics = useQuery(analyticsQuery(address.filters));
  // The controls show the new choice at once; the address catches up when the navigation settles.
  const go = (next: Address) =>
    startTransition(() => {
      showAddress(next);
      router.replace(`${pathname}${analyticsFiltersQuery({ ...next.filters, timesTeam: next.timesTeam, responder: next.responder })}`, { scroll: false });
    });
  const changeFilters = (patch: Partial<AnalyticsFilters>) => go({ ...address, filters: { ...address.filters, ...patch } });
  const changeView = (patch: Partial<Omit<Address, "filters">>) => go({ ...address, ...patch });
  const view = analytics.data;
  return (
    <div className="flex flex-col gap-4">
      <AnalyticsFiltersBar value={address.filters} choices={view?.choices} onChange={changeFilters} />
      {analytics.error && <ErrorBanner message={analytics.error.message} />}
      {!view && !analytics.error && <p className="text-sm text-zinc-500">Loading the figures…</p>}
      {view && <Headline view={view} />}
      {view && view.drills === 0 && <p className="rounded-lg border border-zinc-800 p-6 text-sm text-zinc-400">No closed drill matches these filters.</p>}
      {view && view.drills > 0 && <Figures view={view} address={address} change={changeView} />}
    </div>
  );
}
