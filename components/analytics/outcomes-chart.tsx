"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ENDED_STATUSES } from "@/lib/drill-model/state-machine";
import type { AnalyticsView } from "@/lib/queries/analytics";
import { outcomeLabel } from "../review/report/format";
import { axisProps, drillsWord, gridStroke, OUTCOME_COLORS, tooltipStyle } from "./chart-style";

/** How drills ended, month by month: one stacked bar per month. */
export function OutcomesChart({ periods }: { periods: AnalyticsView["periods"] }) {
  const data = periods.map((period) => ({ period: period.period, ...Object.fromEntries(ENDED_STATUSES.map((outcome) => [outcome, period.outcomes[outcome] ?? 0])) }));
  const summary = periods
    .map((period) => `${period.period}: ${drillsWord(period.drills)}, ${ENDED_STATUSES.filter((outcome) => period.outcomes[outcome]).map((outcome) => `${period.outcomes[outcome]} ${outcomeLabel(outcome).toLowerCase()}`).join(", ")}`)
    .join("; ");
  return (
    <div role="img" aria-label={`Outcomes per month. ${summary}`} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 224 }}>
        <BarChart data={data} margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={gridStroke} />
          <XAxis dataKey="period" {...axisProps} />
          <YAxis {...axisProps} allowDecimals={false} width={32} label={{ value: "drills", angle: -90, position: "insideLeft", fill: "#71717a", fontSize: 11 }} />
          <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "#27272a66" }} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {ENDED_STATUSES.map((outcome) => (
            <Bar key={outcome} dataKey={outcome} name={outcomeLabel(outcome)} stackId="outcomes" fill={OUTCOME_COLORS[outcome]} isAnimationActive={false} maxBarSize={56} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
