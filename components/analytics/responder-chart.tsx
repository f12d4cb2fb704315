"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ResponderFigures } from "@/lib/analytics/responders";
import { minutes } from "../review/report/format";
import { axisProps, gridStroke, tooltipStyle } from "./chart-style";
import { roleLabel } from "./people-words";

const TIMES = [
  { key: "firstResponse", label: "First response", color: "#38bdf8" },
  { key: "acknowledge", label: "Acknowledge", color: "#f59e0b" },
] as const;

const mins = (ms: number | null) => (ms === null ? null : minutes(ms));

/** One person's first response and acknowledgement, drill by drill, oldest on the left: growth reads left to right. */
export function ResponderChart({ person }: { person: ResponderFigures }) {
  const data = person.history.map((entry, index) => ({
    drill: `${entry.day}${person.history.filter((other) => other.day === entry.day).length > 1 ? ` #${index + 1}` : ""}`,
    scenario: entry.scenarioTitle,
    role: roleLabel(entry.role),
    firstResponse: mins(entry.firstResponseMs),
    acknowledge: mins(entry.acknowledgeMs),
  }));
  const summary = data
    .map((row) => `${row.drill} (${row.role}): first response ${row.firstResponse === null ? "none" : `${row.firstResponse} min`}, acknowledge ${row.acknowledge === null ? "none" : `${row.acknowledge} min`}`)
    .join("; ");
  const measured = data.some((row) => row.firstResponse !== null || row.acknowledge !== null);
  if (!measured) return <p className="flex h-56 items-center justify-center rounded border border-dashed border-zinc-800 text-xs text-zinc-500">{person.name} neither posted nor acknowledged a page in the drills counted here.</p>;
  return (
    <div role="img" aria-label={`Times of ${person.name} over their drills, minutes. ${summary}`} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 224 }}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={gridStroke} />
          <XAxis dataKey="drill" {...axisProps} padding={{ left: 16, right: 16 }} />
          <YAxis {...axisProps} unit=" min" width={64} />
          <Tooltip
            contentStyle={tooltipStyle}
            labelFormatter={(label, items) => {
              const row = items[0]?.payload as (typeof data)[number] | undefined;
              return row ? `${label} · ${row.scenario} · ${row.role}` : String(label);
            }}
            formatter={(value, name) => (value === null || value === undefined ? ["none", name] : [`${value} min`, name])}
          />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {TIMES.map((time) => (
            <Line key={time.key} dataKey={time.key} name={time.label} stroke={time.color} strokeWidth={2} dot={{ r: 4, fill: time.color }} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
