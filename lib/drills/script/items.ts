import type { Db } from "../../db/client";
import type { Tx } from "../../context/transaction";
import type { ScenarioDefinition } from "../../scenarios/schemas";
import { planScript } from "./plan";
import type { WaitingOn } from "./waiting";

export interface ScriptItemView {
  id: string;
  kind: "alert" | "hint" | "timebox";
  itemId: string;
  title: string;
  status: "pending" | "fired" | "skipped" | "cancelled";
  anchor: string | null;
  dueOffsetMs: number | null;
  unlessMilestone: string | null;
  /** Pending and timed from an injection step that has not run successfully: the step it waits on. */
  waitingOn?: WaitingOn;
}

export async function createScriptItems(tx: Tx, drillId: string, script: ScenarioDefinition): Promise<void> {
  await tx.scriptItem.createMany({ data: planScript(script).map((item) => ({ ...item, drillId })), skipDuplicates: true });
}

/** An injection just ran: the alerts timed from it now have a due time on the drill clock. */
export async function anchorItems(tx: Tx, drillId: string, injectionId: string, injectionOffsetMs: number): Promise<number> {
  return tx.$executeRaw`
    UPDATE "ScriptItem" SET "dueOffsetMs" = ${injectionOffsetMs} + "offsetMs"
    WHERE "drillId" = ${drillId} AND "anchor" = ${injectionId} AND "status" = 'pending' AND "dueOffsetMs" IS NULL`;
}

/** The drill ended: nothing more fires by itself. */
export async function cancelPendingItems(tx: Tx, drillId: string, at: Date): Promise<number> {
  const { count } = await tx.scriptItem.updateMany({ where: { drillId, status: "pending" }, data: { status: "cancelled", resolvedAt: at } });
  return count;
}

/** A scripted alert or hint went out by hand (or early): the scheduler must not send it again. */
export async function markFired(tx: Tx, drillId: string, kind: "alert" | "hint", itemId: string, at: Date): Promise<void> {
  await tx.scriptItem.updateMany({ where: { drillId, kind, itemId, status: "pending" }, data: { status: "fired", resolvedAt: at } });
}

export function itemTitle(script: ScenarioDefinition, kind: string, itemId: string): string {
  if (kind === "alert") return script.alerts.find((alert) => alert.id === itemId)?.title ?? itemId;
  if (kind === "hint") {
    const index = script.hints.findIndex((hint) => hint.id === itemId);
    return index < 0 ? itemId : `Hint ${index + 1}: ${script.hints[index]!.text}`;
  }
  return "Time box expires";
}

export async function listScriptItems(db: Db, drillId: string, script: ScenarioDefinition): Promise<ScriptItemView[]> {
  const items = await db.scriptItem.findMany({ where: { drillId }, orderBy: [{ dueOffsetMs: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] });
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    itemId: item.itemId,
    title: itemTitle(script, item.kind, item.itemId),
    status: item.status,
    anchor: item.anchor,
    dueOffsetMs: item.dueOffsetMs,
    unlessMilestone: item.unlessMilestone,
  }));
}
