"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { AnalyticsView } from "@/lib/queries/analytics";
import { axisProps, drillsWord, gridStroke, tooltipStyle } from "./chart-style";

type Periods = AnalyticsView["periods"];

const RATINGS = [
  { key: "difficulty", label: "Difficulty", color: "#f59e0b" },
  { key: "usefulness", label: "Usefulness", color: "#38bdf8" },
  { key: "enjoyment", label: "Enjoyment", color: "#e879f9" },
] as const;

function HintsChart({ periods }: { periods: Periods }) {
  const summary = periods.map((period) => `${period.period}: ${period.hintsPerDrill ?? 0} hints per drill over ${drillsWord(period.drills)}`).join("; ");
  const drills = periods.reduce((sum, period) => sum + period.drills, 0);
  const hints = Math.round(periods.reduce((sum, period) => sum + (period.hintsPerDrill ?? 0) * period.drills, 0));
  return (
    <figure className="flex min-w-0 flex-col gap-1">
      <figcaption className="text-xs text-zinc-400">
        Hints per drill <span className="text-zinc-500">({hints} {hints === 1 ? "hint" : "hints"} over {drillsWord(drills)})</span>
      </figcaption>
      <div role="img" aria-label={`Hints per drill per month. ${summary}`} className="h-48 w-full">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 400, height: 192 }}>
          <BarChart data={periods} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke={gridStroke} />
            <XAxis dataKey="period" {...axisProps} />
            <YAxis {...axisProps} width={32} allowDecimals />
            <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "#27272a66" }} />
            <Bar dataKey="hintsPerDrill" name="Hints per drill" fill="#fbbf24" isAnimationActive={false} maxBarSize={56}>
              {/* A month without hints has no bar to see: the number says it was zero. */}
              <LabelList dataKey="hintsPerDrill" position="top" fill="#a1a1aa" fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function SurveyChart({ periods }: { periods: Periods }) {
  const data = periods.map((period) => ({ period: period.period, drills: period.survey.drills, difficulty: period.survey.difficulty, usefulness: period.survey.usefulness, enjoyment: period.survey.enjoyment }));
  const rated = data.reduce((sum, row) => sum + row.drills, 0);
  const summary = data
    .filter((row) => row.drills > 0)
    .map((row) => `${row.period}: difficulty ${row.difficulty ?? "—"}, usefulness ${row.usefulness ?? "—"}, enjoyment ${row.enjoyment ?? "—"} over ${drillsWord(row.drills)}`)
    .join("; ");
  return (
    <figure className="flex min-w-0 flex-col gap-1">
      <figcaption className="text-xs text-zinc-400">
        Survey averages, 1–5 <span className="text-zinc-500">({drillsWord(rated)} with 3 or more answers)</span>
      </figcaption>
      {rated === 0 ? (
        <p className="flex h-48 items-center justify-center rounded border border-dashed border-zinc-800 text-xs text-zinc-500">No drill here has 3 survey answers yet, the least an average is shown for.</p>
      ) : (
        <div role="img" aria-label={`Survey averages per month, 1 to 5. ${summary}`} className="h-48 w-full">
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 400, height: 192 }}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid vertical={false} stroke={gridStroke} />
              <XAxis dataKey="period" {...axisProps} padding={{ left: 16, right: 16 }} />
              <YAxis {...axisProps} width={32} domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} />
              <Tooltip contentStyle={tooltipStyle} />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              {RATINGS.map((rating) => (
                <Line key={rating.key} dataKey={rating.key} name={rating.label} stroke={rating.color} strokeWidth={2} dot={{ r: 3, fill: rating.color }} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

/** Hints used and how the drills felt, month by month. */
export function HintsSurveyCharts({ periods }: { periods: Periods }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <HintsChart periods={periods} />
      <SurveyChart periods={periods} />
    </div>
  );
}
