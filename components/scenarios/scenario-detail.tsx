"use client";

import { useQuery } from "@tanstack/react-query";
import { Card } from "@/components/ui/card";
import { scenarioQuery } from "@/lib/queries/scenarios";
import type { ScenarioView } from "@/lib/scenarios/view";
import { AlertTable } from "./alert-table";
import { HiddenMarker } from "./badges";
import { HintList, InjectionList, ModelAnswer, ObjectiveList, SignalList } from "./detail-sections";
import { ReadinessPanel } from "./readiness/readiness-panel";
import { RichText } from "./rich-text";
import { ScenarioHeader } from "./scenario-header";
import { ScriptTimeline } from "./script-timeline";
import { LoadFailure, PageSkeleton } from "./page-states";

export function ScenarioDetail({ id }: { id: string }) {
  const scenario = useQuery(scenarioQuery(id));
  if (scenario.isPending) return <PageSkeleton label="Loading scenario…" />;
  if (scenario.error) return <LoadFailure error={scenario.error} onRetry={() => scenario.refetch()} />;
  return <ScenarioDocument scenario={scenario.data} />;
}

const seenBy = (text: string) => <span className="text-[11px] text-zinc-500">{text}</span>;

function ScenarioDocument({ scenario }: { scenario: ScenarioView }) {
  const d = scenario.definition;
  return (
    <article className="flex flex-col gap-4">
      <ScenarioHeader scenario={scenario} />

      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] 2xl:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
        <div className="flex min-w-0 flex-col gap-4">
          <ReadinessPanel scenarioId={scenario.id} />
          <Card title="Participants' briefing" actions={seenBy("Posted to the channel at the start")}>
            <RichText text={d.briefing} />
          </Card>
          <Card title={`Injection steps (${d.injections.length})`} actions={<HiddenMarker />}>
            <InjectionList steps={d.injections} />
          </Card>
          <Card title={`Scripted alerts (${d.alerts.length})`} actions={<HiddenMarker />}>
            <AlertTable alerts={d.alerts} steps={d.injections} />
          </Card>
          <Card title="Script timeline" actions={<HiddenMarker />}>
            <ScriptTimeline definition={d} />
          </Card>
          <Card title={`Hints (${d.hints.length})`} actions={seenBy("Posted to the channel when released")}>
            <HintList hints={d.hints} />
          </Card>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Card title="Root cause and impact" actions={<HiddenMarker />} className="border-amber-900/60">
            <h3 className="text-xs font-medium text-amber-200/80">Hidden root cause</h3>
            <RichText text={d.rootCause} size="compact" className="mt-1 text-zinc-300" />
            <h3 className="mt-4 text-xs font-medium text-amber-200/80">Expected impact</h3>
            <RichText text={d.expectedImpact} size="compact" className="mt-1 text-zinc-300" />
          </Card>
          <Card title="Model answer" actions={<HiddenMarker />} className="border-amber-900/60">
            <ModelAnswer steps={d.modelAnswer} criteria={d.successCriteria} />
            <ObjectiveList objectives={d.objectives ?? []} criteria={d.successCriteria} />
          </Card>
          <Card title={`Expected signals (${d.expectedSignals.length})`} actions={<HiddenMarker />}>
            <SignalList signals={d.expectedSignals} />
          </Card>
        </div>
      </div>
    </article>
  );
}
