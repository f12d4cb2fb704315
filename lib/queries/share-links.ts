import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api } from "../api-client";
import type { ShareLinkView } from "../share-links/schemas";
import { drillPath } from "./drills";
import { queryKeys } from "./keys";

export const shareLinksQuery = (drillId: string) =>
  queryOptions({ queryKey: queryKeys.drills.shareLinks(drillId), queryFn: () => api<ShareLinkView[]>(drillPath(drillId, "share-links")) });

export interface NewShareLink {
  label: string;
  expiresInHours: number;
}

/** The view plus the link ("/watch/<token>", and absolute for sending), which the server answers only this once. */
export type CreatedShareLink = ShareLinkView & { path: string; url: string };

export const createShareLinkMutation = (client: QueryClient, drillId: string) =>
  mutationOptions({
    mutationFn: (link: NewShareLink) => api<CreatedShareLink>(drillPath(drillId, "share-links"), { body: link }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.drills.shareLinks(drillId) }),
  });

export const revokeShareLinkMutation = (client: QueryClient, drillId: string) =>
  mutationOptions({
    mutationFn: (linkId: string) => api<ShareLinkView>(drillPath(drillId, "share-links", linkId), { method: "DELETE" }),
    onSuccess: (revoked) =>
      client.setQueryData<ShareLinkView[]>(queryKeys.drills.shareLinks(drillId), (links) => links?.map((link) => (link.id === revoked.id ? revoked : link))),
  });
