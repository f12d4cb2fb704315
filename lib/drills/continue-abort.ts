import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import type { InjectionRun } from "../db/generated/client";
import { inTransaction, type Tx } from "../context/transaction";
import { ConflictError, NotFoundError } from "../errors";
import type { ExecuteOptions } from "../injections/execute-action";
import type { InjectionStep } from "../scenarios/schemas";
import type { ActionResultBody, TimelineEventView } from "../timeline/events";
import { toEventView } from "../timeline/events";
import { finishDrill, type ClosingNote } from "./internal/finish";
import { lockDrill, type LockedDrill } from "./internal/lock";
import { actionOf, assertRunnable, claimRun, isInFlight, type ClaimedRun } from "./injections/runs/claim";
import { outstandingRollbacks, type StepRunStates } from "./injections/runs/outstanding";
import { performRun } from "./injections/runs/perform";
import { recordRun } from "./injections/runs/record";

export interface AbortResult {
  /** `drill.ended` with outcome `aborted`. */
  event: TimelineEventView;
  /** One `rollback.executed` per webhook rollback this call ran, in the order they ran (reverse execution order). */
  rollbacks: TimelineEventView[];
  /** Manual rollbacks drillroom cannot do: still outstanding, for a person to do and mark done. */
  manualLeft: { stepId: string; name: string }[];
}

/** Each step's runs as abort sees them; a run left `running` by a crash may have landed, so it counts as ran. */
export function runStates(steps: InjectionStep[], rows: InjectionRun[]): Record<string, StepRunStates> {
  const states: Record<string, StepRunStates> = {};
  for (const step of steps) {
    const stateOf = (phase: "injection" | "rollback") => {
      const row = rows.find((candidate) => candidate.stepId === step.id && candidate.phase === phase);
      if (!row) return null;
      return { status: row.status === "running" ? ("failed" as const) : row.status, seq: row.eventSeq, result: row.status === "running" ? null : (row.result as ActionResultBody | null) };
    };
    states[step.id] = { injection: stateOf("injection"), rollback: stateOf("rollback") };
  }
  return states;
}

type Next = { kind: "claimed"; run: ClaimedRun; drill: LockedDrill } | { kind: "busy"; step: string } | { kind: "ended"; event: TimelineEventView; manualLeft: AbortResult["manualLeft"] };

async function closingNote(tx: Tx, drillId: string): Promise<ClosingNote> {
  const begun = await tx.timelineEvent.findFirst({ where: { drillId, kind: "drill.aborting" }, orderBy: { seq: "desc" }, select: { body: true } });
  const body = (begun?.body ?? {}) as { note?: string; shareNote?: boolean };
  return { note: body.note ?? "", shareNote: body.shareNote ?? false };
}

/** Under the drill's lock: claim the next rollback this abort has not tried yet, or end the drill when none is left. */
async function nextStep(tx: Tx, ctx: Ctx, drillId: string): Promise<Next | { kind: "over"; event: TimelineEventView | null }> {
  const drill = await lockDrill(tx, drillId);
  if (!drill) throw new NotFoundError("Drill", drillId);
  if (drill.status !== "aborting") {
    const ended = await tx.timelineEvent.findFirst({ where: { drillId, kind: "drill.ended" }, orderBy: { seq: "desc" } });
    return { kind: "over", event: ended ? toEventView(ended) : null };
  }
  const rows = await tx.injectionRun.findMany({ where: { drillId } });
  const outstanding = outstandingRollbacks(drill.script.injections, runStates(drill.script.injections, rows));
  const now = nowOf(ctx);
  for (const step of outstanding.filter((candidate) => candidate.rollback.kind === "webhook")) {
    const rollback = rows.find((run) => run.stepId === step.id && run.phase === "rollback");
    if (rollback?.duringAbort && rollback.status === "failed") continue; // tried once by this abort: a person takes it from here
    if (rollback && isInFlight(rollback, actionOf(step, "rollback"), now)) return { kind: "busy", step: step.name };
    const existing = await assertRunnable(tx, ctx, drill, step, "rollback");
    return { kind: "claimed", run: await claimRun(tx, ctx, drill, step, "rollback", existing, { duringAbort: true }), drill };
  }
  const manualLeft = outstanding.filter((step) => step.rollback.kind === "manual").map((step) => ({ stepId: step.id, name: step.name }));
  return { kind: "ended", event: await finishDrill(tx, ctx, drill, "aborted", await closingNote(tx, drillId)), manualLeft };
}

/**
 * Does what is left of an abort that has begun (the drill is `aborting`): every outstanding webhook rollback,
 * latest injection first, each tried once (a failure is recorded and the rest still run), then the end
 * (`drill.ended` aborted, with the note given at the start, and the channel told). Each rollback is claimed
 * under the drill's lock, so the abort itself, a retried abort and the scheduler's sweep may all call this,
 * from any instance, and every rollback runs once and the drill ends once.
 */
export async function continueAbort({ ctx, input, options }: { ctx: Ctx; input: { drillId: string }; options?: ExecuteOptions }): Promise<AbortResult> {
  authorize(ctx, "drill.run", { drillId: input.drillId });
  const rollbacks: TimelineEventView[] = [];
  for (;;) {
    const next = await inTransaction(ctx, (tx) => nextStep(tx, ctx, input.drillId));
    if (next.kind === "claimed") {
      rollbacks.push(await recordRun(ctx, next.run, await performRun(ctx, next.drill, next.run, options), ""));
      continue;
    }
    if (next.kind === "busy") throw new ConflictError(`The rollback of "${next.step}" is still running: the drill ends as aborted once it has an answer.`);
    if (next.kind === "over") {
      if (!next.event) throw new ConflictError("The drill is not being aborted.");
      return { event: next.event, rollbacks, manualLeft: [] };
    }
    return { event: next.event, rollbacks, manualLeft: next.manualLeft };
  }
}
