import { prisma } from "../../db/client";
import { logger } from "../../logger";
import { processValue, setProcessValue } from "../../process-state";

export interface DueItem {
  itemId: string;
  dueAt: Date;
}

/** What the running scheduler (if this process has one) offers verbs: wake me for these items. */
export interface SchedulerHandle {
  schedule(items: DueItem[]): Promise<void>;
}

export function registerScheduler(handle: SchedulerHandle | undefined): void {
  setProcessValue("scheduler", handle);
}

/** Wall-clock moment a drill-clock offset is reached, given the drill's start and pauses so far. */
export function dueAt(drill: { startedAt: Date; pausedMs: number }, dueOffsetMs: number): Date {
  return new Date(drill.startedAt.getTime() + drill.pausedMs + dueOffsetMs);
}

/** The drill's pending items that have a due time, when it is running and its clock is not paused. */
export async function dueItems(drillId: string): Promise<DueItem[]> {
  const drill = await prisma().drill.findUnique({ where: { id: drillId }, select: { startedAt: true, pausedMs: true, pausedAt: true, status: true } });
  if (!drill?.startedAt || drill.pausedAt || drill.status !== "running") return [];
  const items = await prisma().scriptItem.findMany({
    where: { drillId, status: "pending", dueOffsetMs: { not: null } },
    select: { id: true, dueOffsetMs: true },
    orderBy: [{ dueOffsetMs: "asc" }, { id: "asc" }],
  });
  return items.map((item) => ({ itemId: item.id, dueAt: dueAt({ startedAt: drill.startedAt!, pausedMs: drill.pausedMs }, item.dueOffsetMs!) }));
}

/**
 * After a commit that created or moved script items, tell this process's scheduler when to look.
 * Other instances hear of it too: their schedulers listen to the timeline's notifications (`lib/runtime/script-scheduler.ts`).
 * Without one (a CLI, a test) nothing is lost: every scheduler also sweeps for overdue items.
 */
export async function wakeScheduler(drillId: string): Promise<void> {
  const scheduler = processValue<SchedulerHandle>("scheduler");
  if (!scheduler) return;
  try {
    await scheduler.schedule(await dueItems(drillId));
  } catch (error) {
    logger.error({ err: error, drillId }, "could not schedule script items; the sweep will pick them up");
  }
}

/**
 * The same drill's pending items due before this one, in due order. Whoever fires an item fires these first, so that
 * after a restart (durable jobs, the sweep and fresh timers all waking at once) the timeline follows the script.
 */
export async function pendingBefore(itemId: string): Promise<string[]> {
  const item = await prisma().scriptItem.findUnique({ where: { id: itemId }, select: { drillId: true, dueOffsetMs: true, status: true } });
  if (!item || item.status !== "pending" || item.dueOffsetMs === null) return [];
  const earlier = await prisma().scriptItem.findMany({
    where: { drillId: item.drillId, status: "pending", dueOffsetMs: { lt: item.dueOffsetMs } },
    select: { id: true },
    orderBy: [{ dueOffsetMs: "asc" }, { id: "asc" }],
  });
  return earlier.map((entry) => entry.id);
}
