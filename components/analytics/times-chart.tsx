"use client";

import { CartesianGrid, ErrorBar, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Spread } from "@/lib/analytics/stats";
import type { AnalyticsView } from "@/lib/queries/analytics";
import { minutes } from "../review/report/format";
import { inputClass } from "../ui/field";
import { axisProps, drillsWord, gridStroke, tooltipStyle } from "./chart-style";

type Team = AnalyticsView["teams"][number];
type Measure = "acknowledge" | "escalate" | "mitigate";

const MEASURES: { key: Measure; label: string; color: string }[] = [
  { key: "acknowledge", label: "Time to acknowledge", color: "#38bdf8" },
  { key: "escalate", label: "Time to escalate", color: "#a78bfa" },
  { key: "mitigate", label: "Time to mitigate", color: "#34d399" },
];

const mins = (ms: number | null) => (ms === null ? null : minutes(ms));

/** One measure over the months: the median as a line, the middle half (p25–p75) as an error bar around it. */
function MeasureChart({ team, measure }: { team: Team; measure: (typeof MEASURES)[number] }) {
  const data = team.periods.map((period) => {
    const spread: Spread = period.times[measure.key];
    const median = mins(spread.median);
    return { period: period.period, median, n: spread.n, middleHalf: median === null ? [0, 0] : [median - mins(spread.p25)!, mins(spread.p75)! - median], p25: mins(spread.p25), p75: mins(spread.p75) };
  });
  const measured = data.reduce((sum, row) => sum + row.n, 0);
  const summary = data.map((row) => (row.median === null ? `${row.period}: not reached` : `${row.period}: median ${row.median} min, middle half ${row.p25}–${row.p75} min, ${drillsWord(row.n)}`)).join("; ");
  return (
    <figure className="flex min-w-0 flex-col gap-1">
      <figcaption className="text-xs text-zinc-400">
        {measure.label} <span className="text-zinc-500">({drillsWord(measured)} measured)</span>
      </figcaption>
      {measured === 0 ? (
        <p className="flex h-44 items-center justify-center rounded border border-dashed border-zinc-800 px-2 text-center text-xs text-zinc-500">Not reached in any drill of {team.team} counted here.</p>
      ) : (
        <div role="img" aria-label={`${measure.label} for ${team.team}, minutes. ${summary}`} className="h-44 w-full">
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 300, height: 176 }}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid vertical={false} stroke={gridStroke} />
              <XAxis dataKey="period" {...axisProps} padding={{ left: 16, right: 16 }} />
              <YAxis {...axisProps} unit=" min" width={64} />
              <Tooltip
                contentStyle={tooltipStyle}
                formatter={(value, name, item) => (name === "Median" && value !== null && value !== undefined ? [`${value} min (middle half ${item.payload.p25}–${item.payload.p75} min, ${drillsWord(item.payload.n)})`, name] : ["not reached", name])}
              />
              <Line dataKey="median" name="Median" stroke={measure.color} strokeWidth={2} dot={{ r: 4, fill: measure.color }} connectNulls isAnimationActive={false}>
                <ErrorBar dataKey="middleHalf" width={8} stroke={measure.color} strokeOpacity={0.6} direction="y" />
              </Line>
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

/** Times to acknowledge, escalate and mitigate for one team, month by month, side by side; the team shown is in the address. */
export function TimesChart({ teams, preferredTeam, picked, pick }: { teams: AnalyticsView["teams"]; preferredTeam: string | undefined; picked: string | undefined; pick: (team: string) => void }) {
  const team = teams.find((entry) => entry.team === picked) ?? teams.find((entry) => entry.team === preferredTeam) ?? teams[0];
  if (!team) return <p className="text-sm text-zinc-500">No drill counted here had a roster team.</p>;
  return (
    <div className="flex flex-col gap-3">
      <span className="flex items-center gap-1.5 text-xs text-zinc-400">
        <label htmlFor="analytics-times-team">Times of team</label>
        <select id="analytics-times-team" value={team.team} onChange={(event) => pick(event.target.value)} className={`${inputClass.replace("w-full ", "")} w-auto max-w-96 py-1.5 text-xs`}>
          {teams.map((entry) => (
            <option key={entry.team} value={entry.team}>
              {entry.team} ({drillsWord(entry.drills)})
            </option>
          ))}
        </select>
        <span className="text-zinc-500">Dot: median; bar: the middle half of drills (25th to 75th percentile).</span>
      </span>
      <div className="grid gap-4 md:grid-cols-3">
        {MEASURES.map((measure) => (
          <MeasureChart key={measure.key} team={team} measure={measure} />
        ))}
      </div>
    </div>
  );
}
