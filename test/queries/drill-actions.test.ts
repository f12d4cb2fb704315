import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, recordFetch, type Sent } from "../support/mutation-harness";
import { chooseChatMutation } from "@/lib/queries/chat";
import * as drills from "@/lib/queries/drills";
import { queryKeys } from "@/lib/queries/keys";
import { addToRosterMutation, escalateMutation, setRosterMutation } from "@/lib/queries/roster";

afterEach(() => vi.unstubAllGlobals());

const person = { name: "Ann", role: "active_responder", team: "", email: "", slackId: "" };

describe("drill actions as mutation options", () => {
  it("builds every URL under the drill, one segment at a time", () => {
    expect(drills.drillPath("d1")).toBe("/api/drills/d1");
    expect(drills.drillPath("d1", "milestones", "mitigated", "corrections")).toBe("/api/drills/d1/milestones/mitigated/corrections");
    expect(drills.drillPath("d/1", "script", "a b")).toBe("/api/drills/d%2F1/script/a%20b");
  });

  it("sends each action where the API expects it, and refetches what it changes when it settles", async () => {
    const sent = recordFetch();
    const client = new QueryClient();
    const invalidated: unknown[] = [];
    vi.spyOn(client, "invalidateQueries").mockImplementation(async (filters) => void invalidated.push(filters?.queryKey));
    const cases: [() => Promise<void>, Sent, unknown[]][] = [
      [act(drills.startDrillMutation(client, "d1"), undefined), { url: "/api/drills/d1/start", method: "POST", body: {} }, [queryKeys.drills.detail("d1")]],
      [act(drills.pauseDrillMutation(client, "d1"), undefined), { url: "/api/drills/d1/pause", method: "POST", body: {} }, [queryKeys.drills.detail("d1")]],
      [act(drills.resumeDrillMutation(client, "d1"), undefined), { url: "/api/drills/d1/resume", method: "POST", body: {} }, [queryKeys.drills.detail("d1")]],
      [act(drills.endDrillMutation(client, "d1"), { outcome: "failed", note: "n", shareNote: false }), { url: "/api/drills/d1/end", method: "POST", body: { outcome: "failed", note: "n", shareNote: false } }, [queryKeys.drills.detail("d1")]],
      [act(drills.abortDrillMutation(client, "d1"), { confirm: true }), { url: "/api/drills/d1/abort", method: "POST", body: { confirm: true } }, [queryKeys.drills.detail("d1")]],
      [act(drills.fireAlertMutation(client, "d1"), { alertId: "a1" }), { url: "/api/drills/d1/alerts", method: "POST", body: { alertId: "a1" } }, [queryKeys.drills.detail("d1")]],
      [act(drills.releaseHintMutation(client, "d1"), {}), { url: "/api/drills/d1/hints", method: "POST", body: {} }, [queryKeys.drills.detail("d1")]],
      [act(drills.recordMilestoneMutation(client, "d1"), { milestone: "mitigated" }), { url: "/api/drills/d1/milestones", method: "POST", body: { milestone: "mitigated" } }, [queryKeys.drills.detail("d1")]],
      [act(drills.correctMilestoneMutation(client, "d1", "mitigated"), { toSeq: 3, reason: "r" }), { url: "/api/drills/d1/milestones/mitigated/corrections", method: "POST", body: { toSeq: 3, reason: "r" } }, [queryKeys.drills.detail("d1")]],
      [act(drills.addNoteMutation(client, "d1"), { text: "t", tags: [] }), { url: "/api/drills/d1/notes", method: "POST", body: { text: "t", tags: [] } }, [queryKeys.drills.detail("d1")]],
      [act(drills.triggerInjectionMutation(client, "d1"), { stepId: "s1" }), { url: "/api/drills/d1/injections", method: "POST", body: { stepId: "s1" } }, [queryKeys.drills.detail("d1")]],
      [act(drills.runRollbackMutation(client, "d1"), { stepId: "s1", note: "" }), { url: "/api/drills/d1/rollbacks", method: "POST", body: { stepId: "s1", note: "" } }, [queryKeys.drills.detail("d1")]],
      [act(drills.scriptItemMutation(client, "d1"), { itemId: "i1", action: "delay", minutes: 5 }), { url: "/api/drills/d1/script/i1/delay", method: "POST", body: { minutes: 5 } }, [queryKeys.drills.detail("d1")]],
      [act(drills.scriptItemMutation(client, "d1"), { itemId: "i1", action: "skip" }), { url: "/api/drills/d1/script/i1/skip", method: "POST", body: {} }, [queryKeys.drills.detail("d1")]],
      [act(drills.deleteDrillMutation(client), "d1"), { url: "/api/drills/d1", method: "DELETE", body: undefined }, []],
      [act(setRosterMutation(client, "d1"), [person]), { url: "/api/drills/d1/roster", method: "PUT", body: { people: [person] } }, [queryKeys.drills.roster("d1"), queryKeys.drills.detail("d1")]],
      [act(addToRosterMutation(client, "d1"), [person]), { url: "/api/drills/d1/roster", method: "POST", body: { people: [person] } }, [queryKeys.drills.roster("d1"), queryKeys.drills.detail("d1")]],
      [act(escalateMutation(client, "d1"), "dba"), { url: "/api/drills/d1/escalations", method: "POST", body: { team: "dba" } }, [queryKeys.drills.roster("d1"), queryKeys.drills.detail("d1")]],
      [act(chooseChatMutation(client, "d1"), "slack"), { url: "/api/drills/d1/chat", method: "PUT", body: { chatProvider: "slack" } }, [queryKeys.drills.chat("d1"), queryKeys.drills.detail("d1"), queryKeys.drills.roster("d1")]],
    ];
    for (const [run, request, refetched] of cases) {
      sent.length = 0;
      invalidated.length = 0;
      await run();
      expect(sent, request.url).toEqual([request]);
      expect(invalidated, request.url).toEqual(refetched);
    }
  });

  it("rolls several steps back one after the other with the same note, stopping at the first refusal", async () => {
    const sent: Sent[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      sent.push({ url, method: init.method ?? "GET", body: JSON.parse(init.body as string) });
      return sent.length === 2 ? new Response(JSON.stringify({ title: "refused" }), { status: 409 }) : new Response("{}", { status: 200 });
    });
    const options = drills.rollBackAllMutation(new QueryClient(), "d1");
    await expect(options.mutationFn!({ stepIds: ["s2", "s1", "s0"], confirmEnvironment: "prod" }, {} as never)).rejects.toThrow("refused");
    expect(sent).toEqual(
      ["s2", "s1"].map((stepId) => ({ url: "/api/drills/d1/rollbacks", method: "POST", body: { stepId, note: "rolled back before ending the drill", confirmEnvironment: "prod" } })),
    );
  });
});
