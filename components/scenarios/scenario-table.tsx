import Link from "next/link";
import type { ScenarioSummary } from "@/lib/scenarios/view";
import { ComponentChips, TagChips } from "./badges";
import { absoluteTime, formatMinutes, relativeTime } from "./format";
import { RunDrillButton } from "./run-drill-button";

const th = "px-3 py-2 text-left text-[11px] font-semibold tracking-wide text-zinc-500 uppercase";

export function ScenarioTable({ scenarios }: { scenarios: ScenarioSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-800 bg-zinc-900/60">
      <table className="w-full min-w-[960px] border-collapse text-sm">
        <thead className="border-b border-zinc-800 bg-zinc-900">
          <tr>
            <th scope="col" className={`${th} w-[38%]`}>
              Scenario
            </th>
            <th scope="col" className={th}>
              Components
            </th>
            <th scope="col" className={th}>
              Tags
            </th>
            <th scope="col" className={`${th} text-right whitespace-nowrap`}>
              Time box
            </th>
            <th scope="col" className={`${th} text-right`}>
              Rev
            </th>
            <th scope="col" className={`${th} text-right`}>
              Drills
            </th>
            <th scope="col" className={th}>
              Updated
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-800/80">
          {scenarios.map((scenario) => (
            <ScenarioRow key={scenario.id} scenario={scenario} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScenarioRow({ scenario }: { scenario: ScenarioSummary }) {
  return (
    <tr className="align-top hover:bg-zinc-800/30">
      <td className="px-3 py-2.5">
        <Link href={`/scenarios/${scenario.id}`} className="font-medium text-zinc-100 hover:text-sky-300 hover:underline">
          {scenario.title}
        </Link>
        <p className="mt-0.5 line-clamp-2 text-xs leading-relaxed text-zinc-400" title={scenario.summary}>
          {scenario.summary}
        </p>
      </td>
      <td className="px-3 py-2.5">
        <ComponentChips items={scenario.components} />
      </td>
      <td className="px-3 py-2.5">
        <TagChips items={scenario.tags} className="gap-x-2" />
      </td>
      <td className="px-3 py-2.5 text-right whitespace-nowrap text-zinc-300 tabular-nums">{formatMinutes(scenario.timeBoxMinutes)}</td>
      <td className="px-3 py-2.5 text-right text-zinc-400 tabular-nums">r{scenario.revision}</td>
      <td className="px-3 py-2.5 text-right tabular-nums">
        <span className={scenario.drillCount ? "text-zinc-200" : "text-zinc-600"}>{scenario.drillCount}</span>
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap text-zinc-400">
        <time dateTime={scenario.updatedAt} title={absoluteTime(scenario.updatedAt)}>
          {relativeTime(scenario.updatedAt)}
        </time>
      </td>
      <td className="px-3 py-2.5">
        <div className="flex items-start justify-end gap-1.5">
          <Link
            href={`/scenarios/${scenario.id}/edit`}
            aria-label={`Edit ${scenario.title}`}
            className="inline-flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-zinc-300 hover:bg-zinc-800 hover:text-white"
          >
            Edit
          </Link>
          <RunDrillButton scenarioId={scenario.id} title={scenario.title} />
        </div>
      </td>
    </tr>
  );
}
