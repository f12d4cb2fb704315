/** The dark theme's chart look, as in the report's milestone chart. */
export const tooltipStyle = { backgroundColor: "#18181b", border: "1px solid #3f3f46", borderRadius: 6, fontSize: 12, color: "#e4e4e7" };
export const axisProps = { stroke: "#71717a", fontSize: 11 } as const;
export const gridStroke = "#27272a";

export const OUTCOME_COLORS: Record<string, string> = { mitigated: "#10b981", failed: "#f43f5e", timed_out: "#f59e0b", aborted: "#71717a" };

export const drillsWord = (n: number) => `${n} ${n === 1 ? "drill" : "drills"}`;
