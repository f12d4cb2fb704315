import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, type ApiError } from "../api-client";
import type { DebriefView } from "../review/debrief-view";
import type { afterTheFactSchema, linkAnswerSchema, rateObjectiveSchema, reopenSchema } from "../review/schemas";
import type { TimelineEventView } from "../timeline/events";
import { drillPath } from "./drills";
import { queryKeys } from "./keys";
import { reportUrl } from "./reports";

/** Under the drill's own keys, so whatever refreshes the drills refreshes its debrief too. */
export const debriefKey = (drillId: string) => [...queryKeys.drills.all, "debrief", drillId] as const;

/** The live scorecard and what the report is made of (staff; 409 before the drill ended). */
export const debriefQuery = (drillId: string) => queryOptions({ queryKey: debriefKey(drillId), queryFn: () => api<DebriefView>(drillPath(drillId, "debrief")) });

/** The report's page and its downloads. */
export const reportLinks = (drillId: string) => ({
  page: `/drills/${encodeURIComponent(drillId)}/report`,
  json: reportUrl({ kind: "drill", drillId }),
  markdown: reportUrl({ kind: "drill", drillId }, "markdown"),
  pdf: reportUrl({ kind: "drill", drillId }, "pdf"),
});

export type AfterTheFactInput = z.input<typeof afterTheFactSchema>;
export type RatingInput = z.input<typeof rateObjectiveSchema> & { objectiveId: string };
export type AnswerLinkInput = z.input<typeof linkAnswerSchema> & { step: number };

/** A review action: the timeline updates through the stream; the drill and its debrief are refetched once it settles. */
function reviewAction<Input, Result = TimelineEventView>(client: QueryClient, drillId: string, request: (input: Input) => { path: string[]; method?: string; body?: unknown }) {
  return mutationOptions<Result, ApiError, Input>({
    mutationFn: (input) => {
      const { path, method, body } = request(input);
      return api<Result>(drillPath(drillId, ...path), { method, body: body ?? {} });
    },
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) });
      await client.invalidateQueries({ queryKey: debriefKey(drillId) });
    },
  });
}

export const beginReviewMutation = (client: QueryClient, drillId: string) => reviewAction<void>(client, drillId, () => ({ path: ["review"] }));
export const revealMutation = (client: QueryClient, drillId: string) => reviewAction<void>(client, drillId, () => ({ path: ["reveal"] }));
/** Freezes the report: the answer names the stored snapshot and its hash. */
export const closeDrillMutation = (client: QueryClient, drillId: string) => reviewAction<void, { snapshotId: number; contentHash: string }>(client, drillId, () => ({ path: ["close"] }));
export const reopenMutation = (client: QueryClient, drillId: string) => reviewAction<z.input<typeof reopenSchema>>(client, drillId, (body) => ({ path: ["reopen"], body }));
export const afterTheFactMutation = (client: QueryClient, drillId: string) => reviewAction<AfterTheFactInput>(client, drillId, (body) => ({ path: ["milestones", "after-the-fact"], body }));
export const rateObjectiveMutation = (client: QueryClient, drillId: string) =>
  reviewAction<RatingInput>(client, drillId, ({ objectiveId, ...body }) => ({ path: ["objectives", objectiveId, "rating"], method: "PUT", body }));
export const linkAnswerMutation = (client: QueryClient, drillId: string) =>
  reviewAction<AnswerLinkInput>(client, drillId, ({ step, ...body }) => ({ path: ["model-answer", String(step)], method: "PUT", body }));
export const starMomentMutation = (client: QueryClient, drillId: string) =>
  reviewAction<{ seq: number; starred: boolean }>(client, drillId, ({ seq, starred }) => ({ path: ["key-moments", String(seq)], method: "PUT", body: { starred } }));
export const pickNoteMutation = (client: QueryClient, drillId: string) =>
  reviewAction<{ seq: number; picked: boolean }>(client, drillId, ({ seq, picked }) => ({ path: ["report-notes", String(seq)], method: "PUT", body: { picked } }));
