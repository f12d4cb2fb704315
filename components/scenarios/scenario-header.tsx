import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ScenarioView } from "@/lib/scenarios/view";
import { ComponentChips, TagChips } from "./badges";
import { DifficultyBadge, EnvironmentBadge } from "./scenario-badges";
import { absoluteTime, formatMinutes, relativeTime } from "./format";
import { RichText } from "./rich-text";
import { ScenarioActions } from "./scenario-actions";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export function ScenarioHeader({ scenario }: { scenario: ScenarioView }) {
  const d = scenario.definition;
  return (
    <header className="flex flex-col gap-3 border-b border-zinc-800 pb-4">
      <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
        <Link href="/scenarios" className="hover:text-zinc-300">
          ← Scenario library
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-xl font-semibold text-white">{d.title}</h1>
            {scenario.archived && <Badge tone="warning">Archived</Badge>}
          </div>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-400">
            <span>
              Revision <span className="text-zinc-200 tabular-nums">{scenario.revision}</span>
              {" · "}
              <Link href={`/scenarios/${scenario.id}/revisions`} className="text-sky-400 hover:underline">
                Compare revisions
              </Link>
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
              {plural(d.injections.length, "injection")} · {plural(d.alerts.length, "alert")} · {plural(d.hints.length, "hint")}
            </span>
          </p>
        </div>
        <ScenarioActions scenario={scenario} />
      </div>
      {scenario.archived && (
        <p className="rounded-md border border-amber-900/60 bg-amber-950/30 px-3 py-2 text-sm text-amber-200">Archived: hidden from the library, and no drill can run it until it is restored.</p>
      )}
      <RichText text={d.summary} empty={null} className="max-w-4xl text-zinc-300" />
      <dl className="grid max-w-4xl grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1.5 text-xs sm:grid-cols-[auto_minmax(0,1.4fr)_auto_minmax(0,1fr)]">
        <dt className="text-zinc-500">Participants see</dt>
        <dd data-testid="scenario-public-title" className="text-zinc-200 sm:col-span-3">
          {d.publicTitle}
        </dd>
        <dt className="text-zinc-500">Environment</dt>
        <dd>
          <EnvironmentBadge environment={d.environment} />
        </dd>
        <dt className="text-zinc-500">Difficulty</dt>
        <dd>
          <DifficultyBadge difficulty={d.difficulty} />
        </dd>
        <dt className="text-zinc-500">Target components</dt>
        <dd>
          <ComponentChips items={d.components} />
        </dd>
        <dt className="text-zinc-500">Tags</dt>
        <dd>
          <TagChips items={d.tags} className="gap-x-2" />
        </dd>
        <dt className="text-zinc-500">Designers</dt>
        <dd className="text-zinc-300 sm:col-span-3">{d.designers.length ? d.designers.join(", ") : <span className="text-zinc-600">not named</span>}</dd>
      </dl>
    </header>
  );
}
