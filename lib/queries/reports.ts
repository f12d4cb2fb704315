import { queryOptions } from "@tanstack/react-query";
import { api, ApiError } from "../api-client";
import type { DrillReport, ExerciseReport } from "../review/report/types";

/** Where a drill's report is read from: staff by the drill's id, a share link's holder by its token. */
export type ReportSource = { kind: "drill"; drillId: string } | { kind: "watch"; token: string };

export const reportKeys = {
  drill: (source: ReportSource) => (source.kind === "drill" ? (["reports", "drill", source.drillId] as const) : (["reports", "watch", source.token] as const)),
  exercise: (exerciseId: string) => ["reports", "exercise", exerciseId] as const,
};

/** The report's JSON route; its Markdown and PDF live beside it. */
export function reportUrl(source: ReportSource, format: "json" | "markdown" | "pdf" = "json"): string {
  const base = source.kind === "drill" ? `/api/drills/${encodeURIComponent(source.drillId)}/report` : `/api/watch/${encodeURIComponent(source.token)}/report`;
  return format === "json" ? base : `${base}/${format}`;
}

export function exerciseReportUrl(exerciseId: string, format: "json" | "markdown" | "pdf" = "json"): string {
  const base = `/api/exercises/${encodeURIComponent(exerciseId)}/report`;
  return format === "json" ? base : `${base}/${format}`;
}

// A missing drill, a drill still running (409) or a link that expired will not change on a retry.
const noRetryOnRefusal = (failures: number, error: Error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1;

export const drillReportQuery = (source: ReportSource) =>
  queryOptions({ queryKey: reportKeys.drill(source), queryFn: () => api<DrillReport>(reportUrl(source)), retry: noRetryOnRefusal });

export const exerciseReportQuery = (exerciseId: string) =>
  queryOptions({ queryKey: reportKeys.exercise(exerciseId), queryFn: () => api<ExerciseReport>(exerciseReportUrl(exerciseId)), retry: noRetryOnRefusal });
