import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ScenarioSummary } from "@/lib/scenarios/view";
import { ComponentChips } from "./badges";
import { absoluteTime, formatMinutes, relativeTime } from "./format";
import { ReadinessDots } from "./readiness-dots";
import { RunDrillButton } from "./run-drill-button";

const th = "px-3 py-2 text-left text-[11px] font-semibold tracking-wide text-zinc-500 uppercase";

interface Allowed {
  canEdit: boolean;
  canRun: boolean;
}

export function ScenarioTable({ scenarios, onTag, canEdit, canRun }: { scenarios: ScenarioSummary[]; onTag: (tag: string) => void } & Allowed) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-800 bg-zinc-900/60">
      <table className="w-full min-w-[1080px] border-collapse text-sm">
        <thead className="border-b border-zinc-800 bg-zinc-900">
          <tr>
            <th scope="col" className={`${th} w-[34%]`}>
              Scenario
            </th>
            <th scope="col" className={th}>
              Components
            </th>
            <th scope="col" className={th}>
              Tags
            </th>
            <th scope="col" className={th}>
              Readiness
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
            <ScenarioRow key={scenario.id} scenario={scenario} onTag={onTag} canEdit={canEdit} canRun={canRun} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScenarioRow({ scenario, onTag, canEdit, canRun }: { scenario: ScenarioSummary; onTag: (tag: string) => void } & Allowed) {
  return (
    <tr className={`align-top hover:bg-zinc-800/30 ${scenario.archived ? "bg-zinc-950/40" : ""}`}>
      <td className="px-3 py-2.5">
        <div className="flex items-baseline gap-2">
          <Link href={`/scenarios/${scenario.id}`} className={`font-medium hover:text-sky-300 hover:underline ${scenario.archived ? "text-zinc-400" : "text-zinc-100"}`}>
            {scenario.title}
          </Link>
          {scenario.archived && <Badge tone="warning">Archived</Badge>}
        </div>
        <p className="mt-0.5 line-clamp-2 text-xs leading-relaxed text-zinc-400" title={scenario.summary}>
          {scenario.summary}
        </p>
      </td>
      <td className="px-3 py-2.5">
        <ComponentChips items={scenario.components} />
      </td>
      <td className="px-3 py-2.5">
        {scenario.tags.length === 0 ? (
          <span className="text-xs text-zinc-600">none</span>
        ) : (
          <ul className="flex flex-wrap gap-x-2 gap-y-0.5" aria-label="Tags">
            {scenario.tags.map((tag) => (
              <li key={tag}>
                <button type="button" onClick={() => onTag(tag)} title={`Show only #${tag}`} className="text-[11px] text-zinc-400 hover:text-sky-300 hover:underline">
                  #{tag}
                </button>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="px-3 py-2.5">
        <ReadinessDots readiness={scenario.readiness} />
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
          {canEdit && (
            <Link href={`/scenarios/${scenario.id}/edit`} aria-label={`Edit ${scenario.title}`} className="inline-flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-zinc-300 hover:bg-zinc-800 hover:text-white">
              Edit
            </Link>
          )}
          {canRun && <RunDrillButton scenarioId={scenario.id} title={scenario.title} disabled={scenario.archived} />}
        </div>
      </td>
    </tr>
  );
}
