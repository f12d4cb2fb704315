import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, recordFetch, type Sent } from "../support/mutation-harness";
import { queryKeys } from "@/lib/queries/keys";
import * as retro from "@/lib/queries/retro";

afterEach(() => vi.unstubAllGlobals());

describe("retrospective actions as mutation options", () => {
  it("keeps the retrospective under the drill's keys", () => {
    const key = retro.retroKey("d1");
    expect(key.slice(0, queryKeys.drills.all.length)).toEqual([...queryKeys.drills.all]);
    expect(retro.retroKey("d2")).not.toEqual(key);
    expect(retro.retroQuery("d1").queryKey).toEqual(key);
  });

  it("sends each change where the API expects it, and refetches the retrospective when it settles", async () => {
    const sent = recordFetch();
    const client = new QueryClient();
    const invalidated: unknown[] = [];
    vi.spyOn(client, "invalidateQueries").mockImplementation(async (filters) => void invalidated.push(filters?.queryKey));
    const cases: [() => Promise<void>, Sent][] = [
      [act(retro.addRetroItemMutation(client, "d1"), { category: "strength", text: "Paged fast", noteSeqs: [4] }), { url: "/api/drills/d1/retro", method: "POST", body: { category: "strength", text: "Paged fast", noteSeqs: [4] } }],
      [act(retro.editRetroItemMutation(client, "d1"), { itemId: "i1", keep: true }), { url: "/api/drills/d1/retro/i1", method: "PATCH", body: { keep: true } }],
      [act(retro.removeRetroItemMutation(client, "d1"), { itemId: "i1" }), { url: "/api/drills/d1/retro/i1", method: "DELETE", body: {} }],
      [act(retro.draftFromNotesMutation(client, "d1"), undefined), { url: "/api/drills/d1/retro/drafts", method: "POST", body: {} }],
      [act(retro.mergeRetroItemsMutation(client, "d1"), { into: "i1", items: ["i2"] }), { url: "/api/drills/d1/retro/merges", method: "POST", body: { into: "i1", items: ["i2"] } }],
    ];
    for (const [run, expected] of cases) {
      sent.length = 0;
      invalidated.length = 0;
      await run();
      expect(sent).toEqual([expected]);
      expect(invalidated).toEqual([retro.retroKey("d1")]);
    }
  });
});
