import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, type ApiError } from "../api-client";
import { PARTICIPANT_KEY_HEADER } from "../channel/schemas";
import type { SurveyForm } from "../survey/get-form";
import type { AnswerReceipt } from "../survey/record-answer";
import type { SurveyResults } from "../survey/results";
import type { SurveyAnswerInput } from "../survey/schemas";
import { drillPath } from "./drills";
import { queryKeys } from "./keys";

export type { AnswerReceipt, SurveyAnswerInput, SurveyForm, SurveyResults };

/** Under the drill's keys (staff) and the channel's (participants), so what refreshes those refreshes the survey too. */
export const surveyKeys = {
  form: (drillId: string) => [...queryKeys.drills.all, "survey", drillId] as const,
  results: (drillId: string) => [...queryKeys.drills.all, "survey", drillId, "results"] as const,
  channelForm: (token: string) => [...queryKeys.channel.detail(token), "survey"] as const,
};

/** Where a survey form is read and answered, for staff (by session) or a participant (by key). */
export interface SurveyTarget {
  queryKey: readonly unknown[];
  url: string;
  headers: Record<string, string>;
}

export const staffSurveyTarget = (drillId: string): SurveyTarget => ({ queryKey: surveyKeys.form(drillId), url: drillPath(drillId, "survey"), headers: {} });

export const channelSurveyTarget = (token: string, key: string): SurveyTarget => ({
  queryKey: surveyKeys.channelForm(token),
  url: `/api/channel/${encodeURIComponent(token)}/survey`,
  headers: { [PARTICIPANT_KEY_HEADER]: key },
});

export const surveyFormQuery = (target: SurveyTarget) => queryOptions({ queryKey: target.queryKey, queryFn: () => api<SurveyForm>(target.url, { headers: target.headers }) });

/** While the survey is open, answers come in without a timeline event (anonymity): poll. */
export const surveyResultsQuery = (drillId: string, open: boolean) =>
  queryOptions({ queryKey: surveyKeys.results(drillId), queryFn: () => api<SurveyResults>(drillPath(drillId, "survey", "results")), refetchInterval: open ? 10_000 : false });

export const answerSurveyMutation = (client: QueryClient, target: SurveyTarget) =>
  mutationOptions<AnswerReceipt, ApiError, SurveyAnswerInput>({
    mutationFn: (answer) => api<AnswerReceipt>(target.url, { method: "PUT", body: answer, headers: target.headers }),
    // The form (answered, mine) and, for staff, the results (the drill's survey keys) change.
    onSettled: () => client.invalidateQueries({ queryKey: target.queryKey }),
  });
