import { recordAudit } from "../../../audit/record";
import type { Ctx } from "../../../context";
import { ConflictError } from "../../../errors";
import type { ExecuteOptions } from "../../../injections/execute-action";
import { appendEvent } from "../../../timeline/append";
import type { TimelineEventView } from "../../../timeline/events";
import { findItem, mutateDrill } from "../../internal/mutate";
import { assertRunnable, claimRun, type Phase } from "./claim";
import { checkEnvironment } from "./environment";
import { performRun } from "./perform";
import { MANUAL_DONE, recordRun } from "./record";
import { wakeScheduler } from "../../script/wake";

export interface RunStepInput {
  drillId: string;
  stepId: string;
  phase: Phase;
  note: string;
  confirmEnvironment?: string;
}

/**
 * One injection or rollback, in three steps. 1: under the drill's lock, check the state and that the step
 * may run, check the environment, and claim the run (a double click finds the claim and is refused).
 * 2: after the commit, call the webhook, so a slow target never holds the lock. 3: record the result in a
 * new transaction. Manual steps are done by people: claimed and recorded at once, with the note.
 */
export async function runStep(ctx: Ctx, input: RunStepInput, options?: ExecuteOptions): Promise<TimelineEventView> {
  const { phase } = input;
  const claimed = await mutateDrill(ctx, input.drillId, phase === "injection" ? "trigger_injection" : "run_rollback", async (tx, drill) => {
    const step = findItem(drill.script.injections, input.stepId, "Injection step");
    const existing = await assertRunnable(tx, ctx, drill, step, phase);
    const environment = checkEnvironment(drill.script.environment, input.confirmEnvironment, phase === "injection" ? "run the injection" : "run the rollback");
    if (!environment.allowed) {
      // Committed with this transaction, then refused: the refusal stays on the timeline.
      const body = { stepId: step.id, name: step.name, environment: drill.script.environment.name, reason: environment.reason, ...(phase === "rollback" ? { phase } : {}) };
      await appendEvent(tx, ctx, drill.id, { kind: "injection.refused", body });
      await recordAudit(tx, ctx, { action: "injection.refused", target: { type: "drill", id: drill.id }, detail: body });
      return { kind: "refused", message: environment.message } as const;
    }
    const run = await claimRun(tx, ctx, drill, step, phase, existing, { override: environment.override });
    await recordAudit(tx, ctx, {
      action: phase === "injection" ? "injection.triggered" : "rollback.triggered",
      target: { type: "drill", id: drill.id },
      detail: { stepId: step.id, name: step.name, environment: drill.script.environment.name, kind: run.action.kind, override: environment.override },
    });
    if (run.action.kind === "manual") return { kind: "done", event: await recordRun({ ...ctx, tx }, run, MANUAL_DONE, input.note) } as const;
    return { kind: "claimed", run, drill } as const;
  });
  if (claimed.kind === "refused") throw new ConflictError(claimed.message);
  const event = claimed.kind === "done" ? claimed.event : await recordRun(ctx, claimed.run, await performRun(ctx, claimed.drill, claimed.run, options), input.note);
  // A successful injection just gave the alerts timed from it a due time.
  if (phase === "injection" && event.ref) await wakeScheduler(input.drillId);
  return event;
}
