import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, recordFetch, type Sent } from "../support/mutation-harness";
import { queryKeys } from "@/lib/queries/keys";
import * as review from "@/lib/queries/review";

afterEach(() => vi.unstubAllGlobals());

describe("review actions as mutation options", () => {
  it("keeps the debrief under the drill's keys, so invalidating the drills invalidates it", () => {
    const key = review.debriefKey("d1");
    expect(key.slice(0, queryKeys.drills.all.length)).toEqual([...queryKeys.drills.all]);
    expect(key).toContain("d1");
    expect(review.debriefKey("d2")).not.toEqual(key);
    expect(review.debriefQuery("d1").queryKey).toEqual(key);
  });

  it("sends each action where the API expects it, and refetches the drill and its debrief when it settles", async () => {
    const sent = recordFetch();
    const client = new QueryClient();
    const invalidated: unknown[] = [];
    vi.spyOn(client, "invalidateQueries").mockImplementation(async (filters) => void invalidated.push(filters?.queryKey));
    const both = [queryKeys.drills.detail("d1"), review.debriefKey("d1")];
    const cases: [() => Promise<void>, Sent][] = [
      [act(review.beginReviewMutation(client, "d1"), undefined), { url: "/api/drills/d1/review", method: "POST", body: {} }],
      [act(review.revealMutation(client, "d1"), undefined), { url: "/api/drills/d1/reveal", method: "POST", body: {} }],
      [act(review.closeDrillMutation(client, "d1"), undefined), { url: "/api/drills/d1/close", method: "POST", body: {} }],
      [act(review.reopenMutation(client, "d1"), { reason: "a rating was wrong" }), { url: "/api/drills/d1/reopen", method: "POST", body: { reason: "a rating was wrong" } }],
      [
        act(review.afterTheFactMutation(client, "d1"), { milestone: "escalated", evidenceSeq: 12, reason: "forgot to press it" }),
        { url: "/api/drills/d1/milestones/after-the-fact", method: "POST", body: { milestone: "escalated", evidenceSeq: 12, reason: "forgot to press it" } },
      ],
      [act(review.rateObjectiveMutation(client, "d1"), { objectiveId: "detect", rating: "S", reason: "late page" }), { url: "/api/drills/d1/objectives/detect/rating", method: "PUT", body: { rating: "S", reason: "late page" } }],
      [
        act(review.linkAnswerMutation(client, "d1"), { step: 0, verdict: "done", evidenceSeqs: [4, 9], note: "" }),
        { url: "/api/drills/d1/model-answer/0", method: "PUT", body: { verdict: "done", evidenceSeqs: [4, 9], note: "" } },
      ],
      [act(review.starMomentMutation(client, "d1"), { seq: 7, starred: true }), { url: "/api/drills/d1/key-moments/7", method: "PUT", body: { starred: true } }],
      [act(review.pickNoteMutation(client, "d1"), { seq: 8, picked: false }), { url: "/api/drills/d1/report-notes/8", method: "PUT", body: { picked: false } }],
    ];
    for (const [run, request] of cases) {
      sent.length = 0;
      invalidated.length = 0;
      await run();
      expect(sent, request.url).toEqual([request]);
      expect(invalidated, request.url).toEqual(both);
    }
  });

  it("names the report's page and downloads under the drill", () => {
    expect(review.reportLinks("d/1")).toEqual({
      page: "/drills/d%2F1/report",
      json: "/api/drills/d%2F1/report",
      markdown: "/api/drills/d%2F1/report/markdown",
      pdf: "/api/drills/d%2F1/report/pdf",
    });
  });
});
