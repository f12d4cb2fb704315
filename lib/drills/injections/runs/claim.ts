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
import type { LockedDrill } from "../../internal/lock";
import { injectionRefusal, rollbackRefusal, type EarlierRun, type StepRefusal } from "./availability";

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

const what = (step: InjectionStep, phase: Phase) => (phase === "injection" ? `Injection "${step.name}"` : `The rollback of "${step.name}"`);

async function offsetOf(tx: Tx, drillId: string, seq: number | null): Promise<string> {
  const event = seq === null ? null : await tx.timelineEvent.findUnique({ where: { drillId_seq: { drillId, seq } }, select: { offsetMs: true } });
  return formatOffset(event?.offsetMs ?? 0);
}

async function refusalMessage(tx: Tx, drillId: string, step: InjectionStep, phase: Phase, refusal: StepRefusal, existing: InjectionRun | null, doneAtMs: number | null): Promise<string> {
  switch (refusal) {
    case "rolled_back":
      return `Injection "${step.name}" was rolled back already: it cannot run again in this drill.`;
    case "not_run":
      return `Injection "${step.name}" has not run yet: there is nothing to roll back.`;
    case "injection_running":
      return `Injection "${step.name}" is still running: roll it back once its result is in.`;
    case "changed_nothing":
      return `Injection "${step.name}" failed and changed nothing: there is nothing to roll back.`;
    case "done":
      return `${what(step, phase)} already happened at ${existing ? await offsetOf(tx, drillId, existing.eventSeq) : formatOffset(doneAtMs ?? 0)}.`;
    case "running":
      return `${what(step, phase)} is already running (started by ${existing?.startedBy}).`;
  }
}

/**
 * Checks, under the drill's row lock, that the step's injection (or rollback) may run now (the rule is
 * `./availability`, which the control room shows its buttons by), and returns its earlier run when there is one.
 */
export async function assertRunnable(tx: Tx, ctx: Ctx, drill: LockedDrill, step: InjectionStep, phase: Phase): Promise<InjectionRun | null> {
  const now = nowOf(ctx);
  const runs = await tx.injectionRun.findMany({ where: { drillId: drill.id, stepId: step.id } });
  const injection = runs.find((run) => run.phase === "injection") ?? null;
  const rollback = runs.find((run) => run.phase === "rollback") ?? null;
  // Steps marked done before runs were recorded have only their timeline event.
  const marker = phase === "injection" && !injection ? await tx.timelineEvent.findFirst({ where: { drillId: drill.id, ref: `injection:${step.id}` }, select: { offsetMs: true } }) : null;
  const earlier = (run: InjectionRun | null): EarlierRun | null =>
    run && { status: run.status, result: run.result as ActionResultBody | null, inFlight: isInFlight(run, actionOf(step, run.phase), now) };
  const state = { injection: earlier(injection), rollback: earlier(rollback), done: marker !== null };
  const refusal = phase === "injection" ? injectionRefusal(state) : rollbackRefusal(state, step.rollback);
  const existing = phase === "injection" ? injection : rollback;
  if (refusal) throw new ConflictError(await refusalMessage(tx, drill.id, step, phase, refusal, existing, marker?.offsetMs ?? null));
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
