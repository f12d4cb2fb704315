import { recordAudit } from "../audit/record";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { inTransaction } from "../db/transaction";
import { ConflictError } from "../errors";
import type { ExecuteOptions } from "../injections/execute-action";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { finishDrill } from "./finish";
import { mutateDrill } from "./mutate";
import { actionOf, assertRunnable, claimRun, isInFlight, type ClaimedRun } from "./runs/claim";
import { outstandingRollbacks, type StepRunStates } from "./runs/outstanding";
import { performRun } from "./runs/perform";
import { recordRun } from "./runs/record";
import { abortDrillSchema } from "./runs/schemas";
import { cancelPendingItems } from "./script/items";

export interface AbortResult {
  /** `drill.ended` with outcome `aborted`. */
  event: TimelineEventView;
  /** One `rollback.executed` per webhook rollback, in the order they ran (reverse execution order). */
  rollbacks: TimelineEventView[];
  /** Manual rollbacks drillroom cannot do: still outstanding, for a person to do and mark done. */
  manualLeft: { stepId: string; name: string }[];
}

/**
 * Abort, in one call: the drill stops being live at once (nothing more can be injected, nothing scripted
 * fires), every outstanding rollback runs in reverse execution order (a failure is recorded and the rest
 * still run), then the drill ends as aborted and the channel is told. A planned drill just ends.
 * Refused while an injection or rollback is in flight: undoing a call that has not answered yet could
 * race it. Environment protection does not apply: aborting is the way back to safety.
 */
export async function abortDrill({ ctx, input, options }: { ctx: Ctx; input: { drillId: string; data: unknown }; options?: ExecuteOptions }): Promise<AbortResult> {
  const { note } = parseOrThrow(abortDrillSchema, input.data);
  const plan = await mutateDrill(ctx, input.drillId, "abort", async (tx, drill) => {
    await recordAudit(tx, ctx, { action: "drill.aborted", target: { type: "drill", id: drill.id }, detail: { title: drill.title, from: drill.status, note } });
    if (drill.status === "planned") return { kind: "ended", event: await finishDrill(tx, ctx, drill, "aborted", note) } as const;

    const now = nowOf(ctx);
    const rows = await tx.injectionRun.findMany({ where: { drillId: drill.id } });
    const states: Record<string, StepRunStates> = {};
    for (const step of drill.script.injections) {
      const stateOf = (phase: "injection" | "rollback") => {
        const row = rows.find((candidate) => candidate.stepId === step.id && candidate.phase === phase);
        if (!row) return null;
        if (isInFlight(row, actionOf(step, phase), now)) throw new ConflictError(`"${step.name}" is still running: wait for its result, then abort.`);
        // Left `running` by a crash: it may have landed, so it counts as ran.
        return { status: row.status === "running" ? ("failed" as const) : row.status, seq: row.eventSeq };
      };
      states[step.id] = { injection: stateOf("injection"), rollback: stateOf("rollback") };
    }
    const outstanding = outstandingRollbacks(drill.script.injections, states);
    const claims: ClaimedRun[] = [];
    for (const step of outstanding.filter((candidate) => candidate.rollback.kind === "webhook")) {
      const existing = await assertRunnable(tx, ctx, drill, step, "rollback");
      claims.push(await claimRun(tx, ctx, drill, step, "rollback", existing, { duringAbort: true }));
    }
    await tx.drill.update({ where: { id: drill.id }, data: { status: "aborted" } });
    await cancelPendingItems(tx, drill.id, now);
    const manualLeft = outstanding.filter((step) => step.rollback.kind === "manual").map((step) => ({ stepId: step.id, name: step.name }));
    return { kind: "rolling_back", drill, claims, manualLeft } as const;
  });
  if (plan.kind === "ended") return { event: plan.event, rollbacks: [], manualLeft: [] };

  const rollbacks: TimelineEventView[] = [];
  for (const run of plan.claims) rollbacks.push(await recordRun(ctx, run, await performRun(ctx, plan.drill, run, options), ""));
  // The end comes after the rollbacks, so the final clock and the timeline read in the order things happened.
  const event = await inTransaction(ctx, (tx) => finishDrill(tx, ctx, plan.drill, "aborted", note));
  return { event, rollbacks, manualLeft: plan.manualLeft };
}
