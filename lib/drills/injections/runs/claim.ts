import { randomUUID } from "node:crypto";
import type { Ctx } from "../../../context";
import { nowOf } from "../../../context";
import { Prisma, type InjectionRun } from "../../../db/generated/client";
import type { Tx } from "../../../context/transaction";
import { ConflictError } from "../../../errors";
import { maxDurationMs } from "../../../injections/retry";
import type { InjectionStep, StepAction } from "../../../scenarios/schemas";
import { formatOffset } from "../../../drill-model/clock";
import type { ActionResultBody } from "../../../timeline/events";
import { assertNotYet, type LockedDrill } from "../../internal/mutate";
import { injectionApplied, safeAnyway } from "./outstanding";

export type Phase = "injection" | "rollback";

/** A step's injection or rollback, claimed: its row says `running`, so nobody else runs it. */
export interface ClaimedRun {
  id: string;
  drillId: string;
  step: InjectionStep;
  phase: Phase;
  action: StepAction;
  deliveryId: string;
  override: boolean;
  duringAbort: boolean;
}

// A run still `running` this long after its longest possible duration was left by a crashed process.
const STALE_MARGIN_MS = 60_000;

export function actionOf(step: InjectionStep, phase: Phase): StepAction {
  return phase === "injection" ? step.action : step.rollback;
}

export function isInFlight(run: Pick<InjectionRun, "status" | "startedAt">, action: StepAction, now: Date): boolean {
  return run.status === "running" && now.getTime() - run.startedAt.getTime() < maxDurationMs(action) + STALE_MARGIN_MS;
}

export function changedNothing(run: Pick<InjectionRun, "status" | "result">): boolean {
  return run.status === "failed" && injectionApplied({ status: "failed", seq: null, result: run.result as ActionResultBody | null }) === "no";
}

const what = (step: InjectionStep, phase: Phase) => (phase === "injection" ? `Injection "${step.name}"` : `The rollback of "${step.name}"`);

async function offsetOf(tx: Tx, drillId: string, seq: number | null): Promise<string> {
  const event = seq === null ? null : await tx.timelineEvent.findUnique({ where: { drillId_seq: { drillId, seq } }, select: { offsetMs: true } });
  return formatOffset(event?.offsetMs ?? 0);
}

/**
 * Checks, under the drill's row lock, that the step's injection (or rollback) may run now, and returns
 * its earlier run when there is one. Refused: a run that succeeded or is still in flight; an injection
 * already rolled back; a rollback of an injection that never ran or has no result yet.
 */
export async function assertRunnable(tx: Tx, ctx: Ctx, drill: LockedDrill, step: InjectionStep, phase: Phase): Promise<InjectionRun | null> {
  const now = nowOf(ctx);
  const runs = await tx.injectionRun.findMany({ where: { drillId: drill.id, stepId: step.id } });
  const injection = runs.find((run) => run.phase === "injection");
  const rollback = runs.find((run) => run.phase === "rollback");
  if (phase === "injection") {
    if (rollback) throw new ConflictError(`Injection "${step.name}" was rolled back already: it cannot run again in this drill.`);
    if (!injection) await assertNotYet(tx, drill.id, `injection:${step.id}`, what(step, phase)); // marked done before runs were recorded
  } else {
    if (!injection) throw new ConflictError(`Injection "${step.name}" has not run yet: there is nothing to roll back.`);
    if (isInFlight(injection, step.action, now)) throw new ConflictError(`Injection "${step.name}" is still running: roll it back once its result is in.`);
    if (changedNothing(injection) && !safeAnyway(step.rollback)) throw new ConflictError(`Injection "${step.name}" failed and changed nothing: there is nothing to roll back.`);
  }
  const existing = phase === "injection" ? injection : rollback;
  if (!existing) return null;
  if (existing.status === "ok") throw new ConflictError(`${what(step, phase)} already happened at ${await offsetOf(tx, drill.id, existing.eventSeq)}.`);
  if (isInFlight(existing, actionOf(step, phase), now)) throw new ConflictError(`${what(step, phase)} is already running (started by ${existing.startedBy}).`);
  return existing;
}

/**
 * Marks the run as started, in the caller's transaction. A failed run may be run again (a new delivery id);
 * one left `running` by a crash is taken over with the same delivery id, so a receiver can drop a duplicate.
 */
export async function claimRun(
  tx: Tx,
  ctx: Ctx,
  drill: LockedDrill,
  step: InjectionStep,
  phase: Phase,
  existing: InjectionRun | null,
  options: { override?: boolean; duringAbort?: boolean } = {},
): Promise<ClaimedRun> {
  const action = actionOf(step, phase);
  const fields = {
    method: action.kind,
    status: "running" as const,
    startedBy: ctx.actor.name,
    startedAt: nowOf(ctx),
    finishedAt: null,
    result: Prisma.DbNull,
    eventSeq: null,
    override: options.override ?? false,
    duringAbort: options.duringAbort ?? false,
  };
  const row = existing
    ? await tx.injectionRun.update({
        where: { id: existing.id },
        data: { ...fields, deliveryId: existing.status === "failed" ? randomUUID() : existing.deliveryId, round: { increment: 1 } },
      })
    : await tx.injectionRun.create({ data: { ...fields, drillId: drill.id, stepId: step.id, phase, deliveryId: randomUUID() } });
  return { id: row.id, drillId: drill.id, step, phase, action, deliveryId: row.deliveryId, override: row.override, duringAbort: row.duringAbort };
}
