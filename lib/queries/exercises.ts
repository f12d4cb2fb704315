import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../api-client";
import type { ExerciseSummary } from "../exercises/view";
import type { SurveyQuestionInput } from "../scenarios/schemas";
import { queryKeys } from "./keys";
import { reportKeys } from "./reports";

export type { ExerciseSummary };

export interface ExerciseFields {
  name: string;
  date: string;
  description?: string;
  /** Asked in the survey of each of its drills. */
  surveyQuestions?: SurveyQuestionInput[];
}

export const exerciseKeys = {
  all: ["exercises"] as const,
  list: () => ["exercises", "list"] as const,
  detail: (id: string) => ["exercises", "detail", id] as const,
};

const exercisePath = (id: string) => `/api/exercises/${encodeURIComponent(id)}`;

export const exerciseListQuery = () => queryOptions({ queryKey: exerciseKeys.list(), queryFn: () => api<ExerciseSummary[]>("/api/exercises") });

export const exerciseQuery = (id: string) =>
  queryOptions({
    queryKey: exerciseKeys.detail(id),
    queryFn: () => api<ExerciseSummary>(exercisePath(id)),
    retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1,
  });

async function refreshExercises(client: QueryClient, exerciseId?: string) {
  await Promise.all([
    client.invalidateQueries({ queryKey: exerciseKeys.all }),
    exerciseId ? client.invalidateQueries({ queryKey: reportKeys.exercise(exerciseId) }) : null,
  ]);
}

export const createExerciseMutation = (client: QueryClient) =>
  mutationOptions<ExerciseSummary, ApiError, ExerciseFields>({
    mutationFn: (fields) => api<ExerciseSummary>("/api/exercises", { body: fields }),
    onSuccess: (created) => {
      client.setQueryData(exerciseKeys.detail(created.id), created);
      return refreshExercises(client);
    },
  });

export const updateExerciseMutation = (client: QueryClient, exerciseId: string) =>
  mutationOptions<ExerciseSummary, ApiError, Partial<ExerciseFields>>({
    mutationFn: (fields) => api<ExerciseSummary>(exercisePath(exerciseId), { method: "PATCH", body: fields }),
    onSuccess: (updated) => {
      client.setQueryData(exerciseKeys.detail(exerciseId), updated);
      return refreshExercises(client, exerciseId);
    },
  });

/** Deleting a game day leaves its drills in place, ungrouped. */
export const deleteExerciseMutation = (client: QueryClient, exerciseId: string) =>
  mutationOptions<unknown, ApiError, void>({
    mutationFn: () => api(exercisePath(exerciseId), { method: "DELETE" }),
    onSuccess: async () => {
      client.removeQueries({ queryKey: exerciseKeys.detail(exerciseId) });
      await Promise.all([client.invalidateQueries({ queryKey: exerciseKeys.list() }), client.invalidateQueries({ queryKey: queryKeys.drills.all })]);
    },
  });

/** Puts a drill in a game day (or takes it out, with null); `previous` is the exercise it leaves, whose page changes too. */
export const setDrillExerciseMutation = (client: QueryClient) =>
  mutationOptions<{ exerciseId: string | null }, ApiError, { drillId: string; exerciseId: string | null; previous?: string | null }>({
    mutationFn: ({ drillId, exerciseId }) => api<{ exerciseId: string | null }>(`/api/drills/${encodeURIComponent(drillId)}/exercise`, { method: "PUT", body: { exerciseId } }),
    onSuccess: async (_result, { drillId, exerciseId, previous }) => {
      await Promise.all([
        refreshExercises(client, exerciseId ?? undefined),
        previous ? client.invalidateQueries({ queryKey: reportKeys.exercise(previous) }) : null,
        client.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
        client.invalidateQueries({ queryKey: reportKeys.drill({ kind: "drill", drillId }) }),
      ]);
    },
  });
