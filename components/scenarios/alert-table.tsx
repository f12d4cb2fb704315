import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import type { InjectionStep, ScriptedAlert } from "@/lib/scenarios/schemas";
import { SeverityBadge, SourceBadge } from "./badges";
import { Empty } from "./detail-sections";
import { RichText } from "./rich-text";

const th = "px-2 py-1.5 text-left text-[11px] font-semibold tracking-wide text-zinc-500 uppercase";

/** Alerts in firing order: those timed from the start, then those timed from each injection step, by offset. */
export function AlertTable({ alerts, steps }: { alerts: ScriptedAlert[]; steps: InjectionStep[] }) {
  if (alerts.length === 0) return <Empty>No scripted alerts: responders only see what the injections cause.</Empty>;
  const origin = (alert: ScriptedAlert) => (alert.relativeTo === "start" ? -1 : steps.findIndex((step) => step.id === alert.relativeTo));
  const sorted = [...alerts].sort((a, b) => origin(a) - origin(b) || a.offsetMinutes - b.offsetMinutes);
  return (
    <div className="-mx-3 -my-3 overflow-x-auto">
      <table className="w-full min-w-[760px] border-collapse text-sm">
        <thead className="border-b border-zinc-800">
          <tr>
            <th scope="col" className={`${th} w-14 pl-3 text-right`}>
              At
            </th>
            <th scope="col" className={`${th} w-40`}>
              Timed from
            </th>
            <th scope="col" className={`${th} w-24`}>
              Source
            </th>
            <th scope="col" className={`${th} w-20`}>
              Severity
            </th>
            <th scope="col" className={th}>
              Alert
            </th>
            <th scope="col" className={`${th} w-36 pr-3`}>
              Condition
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-800/80">
          {sorted.map((alert) => (
            <tr key={alert.id} className="align-top">
              <td className="py-2 pr-2 pl-3 text-right font-mono text-xs whitespace-nowrap text-zinc-300 tabular-nums">{alert.relativeTo === "start" ? `T+${alert.offsetMinutes}m` : `+${alert.offsetMinutes}m`}</td>
              <td className="px-2 py-2 text-xs text-zinc-400">{alert.relativeTo === "start" ? "Drill start" : <StepOrigin steps={steps} id={alert.relativeTo} />}</td>
              <td className="px-2 py-2">
                <SourceBadge source={alert.source} />
              </td>
              <td className="px-2 py-2">
                <SeverityBadge severity={alert.severity} />
              </td>
              <td className="px-2 py-2">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <RichText text={alert.title} inline className="font-medium text-zinc-100" />
                  <span className="font-mono text-[11px] text-zinc-600">{alert.id}</span>
                </div>
                <RichText text={alert.body ?? ""} size="xs" empty={null} className="mt-1 text-zinc-400" />
              </td>
              <td className="py-2 pr-3 pl-2 text-xs">
                {alert.unlessMilestone ? (
                  <span className="text-amber-200/90">Unless {MILESTONE_LABELS[alert.unlessMilestone]}</span>
                ) : (
                  <span className="text-zinc-600">Always</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StepOrigin({ steps, id }: { steps: InjectionStep[]; id: string }) {
  const index = steps.findIndex((step) => step.id === id);
  if (index < 0) return <span className="text-rose-300">After a removed step ({id})</span>;
  return (
    <span className="flex flex-col">
      <span className="text-zinc-200">After step {index + 1}</span>
      <span className="line-clamp-2 text-[11px] text-zinc-500" title={steps[index]?.name}>
        {steps[index]?.name}
      </span>
    </span>
  );
}
