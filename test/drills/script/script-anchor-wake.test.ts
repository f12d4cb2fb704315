import { describe, expect, it } from "vitest";
import { prisma } from "../../../lib/db/client";
import { getTimeline } from "../../../lib/drills/timeline";
import { triggerInjection } from "../../../lib/drills/injections/trigger-injection";
import { createRunningDrill, staffCtx } from "../../factories";
import { runChildVerb } from "../../support/child-process";
import { useScriptScheduler } from "../../support/scheduler";

// The production sweep interval. The sweep takes only items a second overdue, so an item found by it is at
// least 1 s late (5.2-5.5 s were measured); one woken by the injection is late by a transaction's time only.
const SWEEP_MS = 5000;
const ON_TIME_MS = 1000;
const databaseUrl = useScriptScheduler("anchorwake", SWEEP_MS);

const staff = staffCtx();
const SECOND = 1 / 60;

async function anchoredDrill() {
  return createRunningDrill({ alerts: [{ id: "after-inj", offsetMinutes: 1 * SECOND, relativeTo: "inj-1", source: "grafana", severity: "warning", title: "one second after the injection", body: "" }], hints: [] });
}

/** How late the anchored alert fired: its offset on the drill clock minus the injection's offset plus one second. */
async function lateness(drillId: string): Promise<number> {
  const deadline = Date.now() + 3 * SWEEP_MS;
  while (Date.now() < deadline) {
    const timeline = await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } });
    const injected = timeline.find((event) => event.kind === "injection.executed");
    const fired = timeline.find((event) => event.kind === "alert.fired");
    if (injected && fired) {
      const item = await prisma().scriptItem.findFirstOrThrow({ where: { drillId, itemId: "after-inj" } });
      expect(item.dueOffsetMs).toBe(injected.offsetMs! + 1000);
      return fired.offsetMs! - item.dueOffsetMs!;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the anchored alert never fired");
}

describe("an alert timed from an injection", () => {
  it("fires at its due time once the injection is recorded, not at the next sweep", async () => {
    const { drillId } = await anchoredDrill();
    await triggerInjection({ ctx: staff, input: { drillId, data: { stepId: "inj-1" } } });
    const late = await lateness(drillId);
    expect(late).toBeGreaterThanOrEqual(-25);
    expect(late).toBeLessThan(ON_TIME_MS);
  });

  it("fires on time when another instance, with no scheduler of its own, recorded the injection", async () => {
    const { drillId } = await anchoredDrill();
    const child = await runChildVerb(databaseUrl(), "trigger-injection", { drillId, stepId: "inj-1" });
    expect(child.code, child.output).toBe(0);
    const late = await lateness(drillId);
    expect(late).toBeGreaterThanOrEqual(-25);
    expect(late).toBeLessThan(ON_TIME_MS);
  }, 30_000);
});
