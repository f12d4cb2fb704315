import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { getDrill } from "../../lib/drills/get";
import { pauseDrill } from "../../lib/drills/pause";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { resumeDrill } from "../../lib/drills/resume";
import { fireScriptItem } from "../../lib/drills/script/fire-item";
import { manageScriptItem } from "../../lib/drills/script/manage-item";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getTimeline } from "../../lib/drills/timeline";
import { createRunningDrill, staffCtx } from "../factories";
import { startRuntime, stopRuntime } from "../../lib/runtime";
import { ScriptScheduler } from "../../lib/runtime/script-scheduler";
import { useScriptScheduler } from "../support/scheduler";

// A database of its own: the scheduler sweeps every running drill it can see.
const databaseUrl = useScriptScheduler("scheduler", 500);

const staff = staffCtx();
const SECOND = 1 / 60; // minutes
const kinds = async (drillId: string) => (await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } })).map((event) => event.kind);
const until = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("condition not met in time");
};

describe("the drill script", () => {
  it("fires alerts and offset hints by itself, once each, at their time, and skips a conditional hint whose milestone was reached", async () => {
    const { drillId } = await createRunningDrill({
      alerts: [
        { id: "a-1", offsetMinutes: 1 * SECOND, source: "grafana", severity: "warning", title: "first", body: "" },
        { id: "a-2", offsetMinutes: 2 * SECOND, source: "pagerduty", severity: "critical", title: "second", body: "" },
      ],
      hints: [
        { id: "h-1", text: "released at offset", offsetMinutes: 1.5 * SECOND, release: "at_offset" },
        { id: "h-2", text: "skipped: acknowledged already", offsetMinutes: 2 * SECOND, release: "at_offset_unless_milestone", unlessMilestone: "acknowledged" },
      ],
    });
    await recordMilestone({ ctx: staff, input: { drillId, data: { milestone: "acknowledged" } } });
    await until(async () => (await prisma().scriptItem.count({ where: { drillId, status: "pending", kind: { not: "timebox" } } })) === 0);

    const timeline = await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } });
    expect(timeline.filter((event) => event.kind === "alert.fired").map((event) => event.ref)).toEqual(["alert:a-1", "alert:a-2"]);
    expect(timeline.filter((event) => event.kind === "hint.released").map((event) => event.ref)).toEqual(["hint:h-1"]);
    const skipped = timeline.find((event) => event.kind === "script.item_skipped");
    expect(skipped?.body).toMatchObject({ item: { kind: "hint", id: "h-2" }, reason: expect.stringContaining("acknowledged") });
    const first = timeline.find((event) => event.ref === "alert:a-1")!;
    expect(first.offsetMs).toBeGreaterThanOrEqual(1000 - 25);
  });

  it("fires an item exactly once however many workers race for it", async () => {
    const { drillId } = await createRunningDrill({ alerts: [{ id: "race", offsetMinutes: 10, source: "custom", severity: "info", title: "race", body: "" }], hints: [] });
    const item = await prisma().scriptItem.findFirstOrThrow({ where: { drillId, itemId: "race" } });
    // Due now, behind the scheduler's back: only the racing callers below can fire it.
    await prisma().scriptItem.update({ where: { id: item.id }, data: { dueOffsetMs: 0 } });
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => fireScriptItem({ ctx: staff, input: { itemId: item.id } })));
    expect(outcomes.filter((outcome) => outcome.outcome === "fired")).toHaveLength(1);
    expect((await kinds(drillId)).filter((kind) => kind === "alert.fired")).toHaveLength(1);
  });

  it("does not fire while the clock is paused, and shifts pending items by the pause", async () => {
    const { drillId } = await createRunningDrill({ alerts: [{ id: "later", offsetMinutes: 2 * SECOND, source: "grafana", severity: "high", title: "after the pause", body: "" }], hints: [] });
    await pauseDrill({ ctx: staff, input: { drillId } });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await kinds(drillId)).not.toContain("alert.fired");
    await resumeDrill({ ctx: staff, input: { drillId } });
    await until(async () => (await kinds(drillId)).includes("alert.fired"));
    const drill = await getDrill({ ctx: staff, input: { id: drillId } });
    const fired = (await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } })).find((event) => event.kind === "alert.fired")!;
    expect(drill.clock.pausedMs).toBeGreaterThanOrEqual(2900);
    expect(fired.offsetMs).toBeGreaterThanOrEqual(2000 - 25);
  });

  it("lets the facilitator fire early, skip and delay; a hand-fired alert is not fired again", async () => {
    const { drillId } = await createRunningDrill({
      alerts: [
        { id: "early", offsetMinutes: 10, source: "grafana", severity: "high", title: "fired early", body: "" },
        { id: "skip", offsetMinutes: 10, source: "grafana", severity: "high", title: "skipped", body: "" },
        { id: "delay", offsetMinutes: 1 * SECOND, source: "grafana", severity: "high", title: "delayed", body: "" },
        { id: "hand", offsetMinutes: 2 * SECOND, source: "grafana", severity: "high", title: "by hand", body: "" },
      ],
      hints: [],
    });
    const items = await prisma().scriptItem.findMany({ where: { drillId } });
    const id = (itemId: string) => items.find((item) => item.itemId === itemId)!.id;
    await manageScriptItem({ ctx: staff, input: { drillId, itemId: id("delay"), action: "delay", data: { minutes: 5 } } });
    await manageScriptItem({ ctx: staff, input: { drillId, itemId: id("early"), action: "fire", data: {} } });
    await manageScriptItem({ ctx: staff, input: { drillId, itemId: id("skip"), action: "skip", data: {} } });
    await fireAlert({ ctx: staff, input: { drillId, data: { alertId: "hand" } } });
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const timeline = await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } });
    expect(timeline.filter((event) => event.kind === "alert.fired").map((event) => event.ref)).toEqual(["alert:early", "alert:hand"]);
    expect(timeline.filter((event) => event.kind === "script.item_delayed")).toHaveLength(1);
    expect(timeline.filter((event) => event.kind === "script.item_skipped")).toHaveLength(1);
    const after = await prisma().scriptItem.findMany({ where: { drillId, kind: "alert" }, orderBy: { itemId: "asc" } });
    expect(after.map((item) => [item.itemId, item.status])).toEqual([["delay", "pending"], ["early", "fired"], ["hand", "fired"], ["skip", "skipped"]]);
    await expect(manageScriptItem({ ctx: staff, input: { drillId, itemId: id("skip"), action: "fire", data: {} } })).rejects.toThrow(/already skipped/);
  });

  it("after a restart, fires what came due while it was down in the script's order", async () => {
    const offsets = [2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7];
    const { drillId } = await createRunningDrill({
      alerts: offsets.map((seconds, index) => ({ id: `a-${index}`, offsetMinutes: seconds * SECOND, source: "grafana" as const, severity: "warning", title: `alert ${index}`, body: "" })),
      hints: [],
    });
    // Down before any of them came due: their durable jobs wait in the queue, local timers are gone.
    await stopRuntime();
    await new Promise((resolve) => setTimeout(resolve, 3200));
    await startRuntime(() => [new ScriptScheduler({ databaseUrl: databaseUrl(), pollingIntervalSeconds: 0.5, sweepIntervalMs: 500 })]);
    await until(async () => (await prisma().scriptItem.count({ where: { drillId, status: "pending", kind: "alert" } })) === 0);
    const timeline = await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } });
    expect(timeline.filter((event) => event.kind === "alert.fired").map((event) => event.ref)).toEqual(offsets.map((_, index) => `alert:a-${index}`));
  });

  it("ends the drill as timed out when the time box expires, and cancels what is left", async () => {
    const { drillId } = await createRunningDrill({ timeBoxMinutes: 5, alerts: [{ id: "never", offsetMinutes: 1, relativeTo: "inj-2", source: "grafana", severity: "high", title: "never", body: "" }], hints: [] });
    // Move the start five minutes into the past: the sweep finds the expired time box.
    await prisma().drill.update({ where: { id: drillId }, data: { startedAt: new Date(Date.now() - 5 * 60_000 - 2000) } });
    await until(async () => (await getDrill({ ctx: staff, input: { id: drillId } })).status === "timed_out");
    const timeline = await kinds(drillId);
    expect(timeline.at(-1)).toBe("drill.ended");
    const statuses = await prisma().scriptItem.findMany({ where: { drillId }, select: { itemId: true, status: true } });
    expect(statuses.find((item) => item.itemId === "timebox")?.status).toBe("fired");
    expect(statuses.find((item) => item.itemId === "never")?.status).toBe("cancelled");
  });
});
