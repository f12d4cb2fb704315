import type { ScenarioDefinition } from "@/lib/scenarios/schemas";
import { formatOffset } from "./format";

const severityDot = { critical: "bg-rose-500", high: "bg-orange-400", warning: "bg-amber-300", info: "bg-sky-400" } as const;

/** The script at a glance: when alerts fire and hints unlock, against the time box. */
export function ScriptTimeline({ definition }: { definition: ScenarioDefinition }) {
  const limit = definition.timeBoxMinutes;
  const at = (minutes: number) => `${Math.min(100, (minutes / limit) * 100)}%`;
  const step = limit <= 30 ? 5 : limit <= 90 ? 10 : limit <= 240 ? 30 : 60;
  const ticks = Array.from({ length: Math.ceil(limit / step) }, (_, i) => i * step).filter((m) => m <= limit - step / 2).concat(limit);
  const timedHints = definition.hints.map((hint, index) => ({ hint, index })).filter(({ hint }) => hint.offsetMinutes !== undefined);
  // Alerts timed from an injection step fire whenever the facilitator runs it: they have no place on this scale.
  const fromStart = definition.alerts.filter((alert) => alert.relativeTo === "start");
  const fromSteps = definition.alerts.length - fromStart.length;
  return (
    <figure aria-label="Script timeline" className="select-none">
      <div className="relative h-14">
        <div className="absolute top-1/2 right-0 left-0 h-px bg-zinc-700" />
        {fromStart.map((alert) => (
          <span
            key={alert.id}
            title={`${formatOffset(alert.offsetMinutes)} · ${alert.severity} · ${alert.title}${alert.unlessMilestone ? ` · unless ${alert.unlessMilestone.replace(/_/g, " ")}` : ""}`}
            className={`absolute top-[calc(50%-14px)] h-3 w-3 -translate-x-1/2 rounded-full ring-2 ring-zinc-950 ${severityDot[alert.severity]}`}
            style={{ left: at(alert.offsetMinutes) }}
          />
        ))}
        {timedHints.map(({ hint, index }) => (
          <span
            key={hint.id}
            title={`${formatOffset(hint.offsetMinutes)} · Hint ${index + 1} · ${hint.release === "manual" ? "suggested, released by hand" : "released automatically"}`}
            className={`absolute top-[calc(50%+3px)] h-3 w-3 -translate-x-1/2 rotate-45 ring-2 ring-zinc-950 ${hint.release === "manual" ? "border border-violet-400 bg-zinc-950" : "bg-violet-400"}`}
            style={{ left: at(hint.offsetMinutes ?? 0) }}
          />
        ))}
      </div>
      <div className="relative h-4 text-[10px] text-zinc-500 tabular-nums">
        {ticks.map((minute) => (
          <span key={minute} className={`absolute whitespace-nowrap ${minute === 0 ? "" : minute === limit ? "-translate-x-full" : "-translate-x-1/2"}`} style={{ left: at(minute) }}>
            {minute === limit ? `${minute}m end` : `${minute}m`}
          </span>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-[11px] text-zinc-500">
        <span className="flex items-center gap-1.5">
          <span className="h-2 w-2 rounded-full bg-rose-500" /> alert (colour = severity), above the line
        </span>
        <span className="flex items-center gap-1.5">
          <span className="h-2 w-2 rotate-45 bg-violet-400" /> hint released at offset
        </span>
        <span className="flex items-center gap-1.5">
          <span className="h-2 w-2 rotate-45 border border-violet-400" /> hint suggested (manual)
        </span>
        {fromSteps > 0 && <span>{fromSteps} alert{fromSteps === 1 ? "" : "s"} timed from injection steps not shown</span>}
        <span>Time box {limit} min</span>
      </figcaption>
    </figure>
  );
}
