import type { Hint, InjectionStep, ScriptedAlert } from "@/lib/scenarios/schemas";
import { SeverityBadge, SourceBadge } from "./badges";
import { formatOffset } from "./format";
import { RichText } from "./rich-text";

function Empty({ children }: { children: string }) {
  return <p className="text-sm text-zinc-600 italic">{children}</p>;
}

export function InjectionList({ steps }: { steps: InjectionStep[] }) {
  return (
    <ol className="flex flex-col divide-y divide-zinc-800">
      {steps.map((step, index) => (
        <li key={step.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
          <span className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-zinc-800 text-xs font-semibold text-zinc-300 tabular-nums">{index + 1}</span>
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <h3 className="text-sm font-medium text-zinc-100">{step.name}</h3>
              <span className="font-mono text-[11px] text-zinc-600">{step.id}</span>
            </div>
            <RichText text={step.instructions} className="mt-1 text-[13px]" />
          </div>
        </li>
      ))}
    </ol>
  );
}

const th = "px-2 py-1.5 text-left text-[11px] font-semibold tracking-wide text-zinc-500 uppercase";

/** Alerts in firing order, whatever order the designer wrote them in. */
export function AlertTable({ alerts }: { alerts: ScriptedAlert[] }) {
  if (alerts.length === 0) return <Empty>No scripted alerts: responders only see what the injections cause.</Empty>;
  const sorted = [...alerts].sort((a, b) => a.offsetMinutes - b.offsetMinutes);
  return (
    <div className="-mx-3 -my-3 overflow-x-auto">
      <table className="w-full min-w-[720px] border-collapse text-sm">
        <thead className="border-b border-zinc-800">
          <tr>
            <th scope="col" className={`${th} w-16 pl-3 text-right`}>
              At
            </th>
            <th scope="col" className={`${th} w-24`}>
              Source
            </th>
            <th scope="col" className={`${th} w-24`}>
              Severity
            </th>
            <th scope="col" className={`${th} pr-3`}>
              Alert
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-800/80">
          {sorted.map((alert) => (
            <tr key={alert.id} className="align-top">
              <td className="py-2 pr-2 pl-3 text-right font-mono text-xs whitespace-nowrap text-zinc-300 tabular-nums">{formatOffset(alert.offsetMinutes)}</td>
              <td className="px-2 py-2">
                <SourceBadge source={alert.source} />
              </td>
              <td className="px-2 py-2">
                <SeverityBadge severity={alert.severity} />
              </td>
              <td className="py-2 pr-3 pl-2">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <p className="font-medium text-zinc-100">{alert.title}</p>
                  <span className="font-mono text-[11px] text-zinc-600">{alert.id}</span>
                </div>
                {alert.body && <pre className="mt-1 font-mono text-[11.5px] leading-relaxed whitespace-pre-wrap text-zinc-400">{alert.body}</pre>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function HintList({ hints }: { hints: Hint[] }) {
  if (hints.length === 0) return <Empty>No hints: responders get no help beyond the alerts.</Empty>;
  return (
    <ol className="flex flex-col divide-y divide-zinc-800">
      {hints.map((hint, index) => (
        <li key={hint.id} className="flex gap-3 py-2.5 first:pt-0 last:pb-0">
          <span className="w-14 shrink-0 pt-0.5 text-xs font-semibold text-violet-300">Hint {index + 1}</span>
          <div className="min-w-0 flex-1">
            <RichText text={hint.text} className="text-[13px]" />
            <p className="mt-1 flex gap-3 text-[11px] text-zinc-500">
              <span className="font-mono">{hint.offsetMinutes === undefined ? "release on demand" : `unlocks at ${formatOffset(hint.offsetMinutes)}`}</span>
              <span className="font-mono text-zinc-600">{hint.id}</span>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
