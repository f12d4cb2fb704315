"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { scenarioQuery } from "@/lib/queries/scenarios";
import type { ScenarioView } from "@/lib/scenarios/view";
import { ComponentChips, HiddenMarker, TagChips } from "./badges";
import { AlertTable, HintList, InjectionList } from "./detail-sections";
import { absoluteTime, formatMinutes, relativeTime } from "./format";
import { RichText } from "./rich-text";
import { RunDrillButton } from "./run-drill-button";
import { ScriptTimeline } from "./script-timeline";
import { LoadFailure, PageSkeleton } from "./page-states";

export function ScenarioDetail({ id }: { id: string }) {
  const scenario = useQuery(scenarioQuery(id));
  if (scenario.isPending) return <PageSkeleton label="Loading scenario…" />;
  if (scenario.error) return <LoadFailure error={scenario.error} onRetry={() => scenario.refetch()} />;
  return <ScenarioDocument scenario={scenario.data} />;
}

function ScenarioDocument({ scenario }: { scenario: ScenarioView }) {
  const d = scenario.definition;
  return (
    <article className="flex flex-col gap-4">
      <header className="flex flex-col gap-3 border-b border-zinc-800 pb-4">
        <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
          <Link href="/scenarios" className="hover:text-zinc-300">
            ← Scenario library
          </Link>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0 flex-1">
            <h1 className="text-xl font-semibold text-white">{d.title}</h1>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-400">
              <span>
                Revision <span className="text-zinc-200 tabular-nums">{scenario.revision}</span>
              </span>
              <span>
                Time box <span className="text-zinc-200">{formatMinutes(d.timeBoxMinutes)}</span>
              </span>
              <span>
                Updated{" "}
                <time dateTime={scenario.updatedAt} title={absoluteTime(scenario.updatedAt)} className="text-zinc-200">
                  {relativeTime(scenario.updatedAt)}
                </time>
              </span>
              <span>
                {d.injections.length} injection{d.injections.length === 1 ? "" : "s"} · {d.alerts.length} alert{d.alerts.length === 1 ? "" : "s"} · {d.hints.length} hint
                {d.hints.length === 1 ? "" : "s"}
              </span>
              {scenario.archived && <Badge tone="warning">Archived</Badge>}
            </p>
          </div>
          <div className="flex items-start gap-2">
            <Link
              href={`/scenarios/${scenario.id}/edit`}
              className="inline-flex h-9 items-center rounded-md border border-zinc-700 bg-zinc-900 px-3.5 text-sm font-medium text-zinc-100 hover:bg-zinc-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
            >
              Edit
            </Link>
            <RunDrillButton scenarioId={scenario.id} title={d.title} size="md" disabled={scenario.archived} />
          </div>
        </div>
        <p className="max-w-4xl text-sm leading-relaxed text-zinc-300">{d.summary}</p>
        <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-1.5 text-xs">
          <dt className="text-zinc-500">Target components</dt>
          <dd>
            <ComponentChips items={d.components} />
          </dd>
          <dt className="text-zinc-500">Tags</dt>
          <dd>
            <TagChips items={d.tags} className="gap-x-2" />
          </dd>
        </dl>
      </header>

      <div className="grid items-start gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <Card title="Participants' briefing" actions={<span className="text-[11px] text-zinc-500">Participants see this</span>}>
            <RichText text={d.briefing} />
          </Card>
          <Card title="Injection steps" actions={<HiddenMarker />}>
            <InjectionList steps={d.injections} />
          </Card>
          <Card title="Script timeline" actions={<HiddenMarker />}>
            <ScriptTimeline definition={d} />
          </Card>
        </div>
        <div className="flex flex-col gap-4">
          <Card title="Root cause and model answer" actions={<HiddenMarker />} className="border-amber-900/60">
            <h3 className="text-xs font-medium text-amber-200/80">Hidden root cause</h3>
            <RichText text={d.rootCause} className="mt-1" />
            <h3 className="mt-4 text-xs font-medium text-amber-200/80">Model answer</h3>
            <RichText text={d.modelAnswer} className="mt-1" />
          </Card>
          <Card title="Hints" actions={<span className="text-[11px] text-zinc-500">Released by facilitators</span>}>
            <HintList hints={d.hints} />
          </Card>
        </div>
      </div>

      <Card title={`Scripted alerts (${d.alerts.length})`} actions={<span className="text-[11px] text-zinc-500">In firing order</span>}>
        <AlertTable alerts={d.alerts} />
      </Card>
    </article>
  );
}
