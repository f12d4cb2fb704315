import type { Ctx } from "../../../context";
import { nowOf } from "../../../context";
import { Prisma } from "../../../db/generated/client";
import { inTransaction } from "../../../context/transaction";
import type { ActionResult } from "../../../injections/execute-action";
import { appendEvent } from "../../../timeline/append";
import type { TimelineEventView } from "../../../timeline/events";
import { anchorItems } from "../../script/items";
import type { ClaimedRun } from "./claim";
import { toResultBody } from "./perform";

export const MANUAL_DONE: ActionResult = { kind: "manual", outcome: "skipped", message: "done by hand" };

/**
 * Records a finished run: the run row and its timeline event in one transaction (its own, unless `ctx.tx`).
 * No state check: a call that started while the drill was live is recorded even if the drill ended meanwhile.
 * Only a successful run carries the step's ref, which is what "done at T+…" and relative alerts go by.
 */
export async function recordRun(ctx: Ctx, run: ClaimedRun, result: ActionResult, note: string): Promise<TimelineEventView> {
  return inTransaction(ctx, async (tx) => {
    const ok = result.outcome !== "failed";
    const resultBody = toResultBody(result);
    const common = {
      stepId: run.step.id,
      name: run.step.name,
      note,
      method: run.action.kind,
      ...(resultBody ? { result: resultBody } : {}),
      ...(run.override ? { override: true } : {}),
    };
    const ref = ok ? `${run.phase}:${run.step.id}` : undefined;
    const event =
      run.phase === "injection"
        ? await appendEvent(tx, ctx, run.drillId, { kind: "injection.executed", ref, body: common })
        : await appendEvent(tx, ctx, run.drillId, { kind: "rollback.executed", ref, body: { ...common, ...(run.duringAbort ? { during: "abort" as const } : {}) } });
    await tx.injectionRun.update({
      where: { id: run.id },
      data: { status: ok ? "ok" : "failed", finishedAt: nowOf(ctx), result: resultBody ? (resultBody as unknown as Prisma.InputJsonValue) : Prisma.DbNull, eventSeq: event.id },
    });
    // Alerts timed from this injection now have a due time; a failed call injected nothing, so they wait.
    if (run.phase === "injection" && ok) await anchorItems(tx, run.drillId, run.step.id, event.offsetMs ?? 0);
    return event;
  });
}
