"use client";

import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Scorecard } from "@/lib/review/scorecard/types";
import { minutes } from "./format";

export interface ChartRow {
  label: string;
  /** Minutes from the reference; null when never reached. */
  measured: number | null;
  /** The criterion's limit in minutes; null when the milestone has no criterion. */
  limit: number | null;
  met: boolean | null;
}

/** What the chart shows: each criterion's measured time against its limit, or, without criteria, each time reached. */
export function chartRows(scorecard: Scorecard): ChartRow[] {
  if (scorecard.criteria.length > 0)
    return scorecard.criteria.map((criterion) => ({
      label: criterion.label,
      measured: criterion.measuredMs === null ? null : minutes(criterion.measuredMs),
      limit: minutes(criterion.limitMs),
      met: criterion.met,
    }));
  return scorecard.times
    .filter((time) => time.fromReferenceMs !== null)
    .map((time) => ({ label: time.label, measured: minutes(time.fromReferenceMs!), limit: null, met: null }));
}

const tooltipStyle = { backgroundColor: "#18181b", border: "1px solid #3f3f46", borderRadius: 6, fontSize: 12, color: "#e4e4e7" };

/** Time to each milestone against its criterion's limit, in minutes from the reference. */
export function MilestoneChart({ scorecard }: { scorecard: Scorecard }) {
  const rows = chartRows(scorecard);
  if (rows.length === 0) return null;
  const withLimits = rows.some((row) => row.limit !== null);
  const description = rows
    .map((row) => `${row.label}: ${row.measured === null ? "not reached" : `${row.measured} min`}${row.limit === null ? "" : ` (limit ${row.limit} min)`}`)
    .join("; ");
  return (
    <figure className="flex flex-col gap-1.5">
      <figcaption className="text-xs font-medium text-zinc-400">{withLimits ? "Time to each criterion's milestone against its limit (minutes from the reference)" : "Time to each milestone (minutes from the reference)"}</figcaption>
      <div role="img" aria-label={description} className="w-full" style={{ height: rows.length * 40 + 72 }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 200 }}>
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barGap={2}>
            <CartesianGrid horizontal={false} stroke="#27272a" />
            <XAxis type="number" stroke="#71717a" fontSize={11} unit=" min" allowDecimals={false} />
            <YAxis type="category" dataKey="label" stroke="#71717a" fontSize={11} width={150} />
            <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "#27272a66" }} formatter={(value) => (value === null || value === undefined ? "not reached" : `${value} min`)} />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {withLimits && <Bar dataKey="limit" name="Limit" fill="#52525b" isAnimationActive={false} />}
            <Bar dataKey="measured" name={withLimits ? "Measured (green met, red missed)" : "Measured"} fill={withLimits ? "#10b981" : "#0ea5e9"} isAnimationActive={false}>
              {rows.map((row) => (
                <Cell key={row.label} fill={row.met === null ? "#0ea5e9" : row.met ? "#10b981" : "#f43f5e"} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
