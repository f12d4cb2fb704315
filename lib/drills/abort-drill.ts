import type { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { ConflictError } from "../errors";
import type { ExecuteOptions } from "../injections/execute-action";
import { appendEvent } from "../timeline/append";
import { parseOrThrow } from "../validation";
import { continueAbort, type AbortResult } from "./continue-abort";
import { finishDrill } from "./internal/finish";
import { mutateDrill } from "./internal/mutate";
import { actionOf, isInFlight } from "./injections/runs/claim";
import { abortDrillSchema } from "./injections/runs/schemas";
import { cancelPendingItems } from "./script/items";

export type { AbortResult };

export interface AbortOptions extends ExecuteOptions {
  /** Tests: called once the first phase (the drill is `aborting`) has committed. */
  afterPhase?: (phase: "marked") => void;
}

/**
 * Abort, in two phases. 1: under the drill's lock, the drill becomes `aborting` (no longer live: nothing can be
 * injected, nothing scripted fires) with a `drill.aborting` event that keeps the note. 2: `continueAbort` runs
 * every outstanding rollback in reverse execution order, then ends the drill as aborted and tells the channel.
 * A crash between or during them leaves the drill `aborting`: abort again, or the scheduler's sweep, finishes it.
 * A planned drill just ends. Refused while an injection or rollback is in flight: undoing a call that has not
 * answered yet could race it. Environment protection does not apply: aborting is the way back to safety.
 */
export async function abortDrill({ ctx, input, options }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof abortDrillSchema> }; options?: AbortOptions }): Promise<AbortResult> {
  const { note, shareNote } = parseOrThrow(abortDrillSchema, input.data);
  const begun = await mutateDrill(ctx, input.drillId, "abort", async (tx, drill) => {
    if (drill.status === "aborting") return { kind: "retried" } as const; // its note, given first, stands
    await recordAudit(tx, ctx, { action: "drill.aborted", target: { type: "drill", id: drill.id }, detail: { title: drill.title, from: drill.status, note } });
    if (drill.status === "planned") return { kind: "ended", event: await finishDrill(tx, ctx, drill, "aborted", { note, shareNote }) } as const;

    const now = nowOf(ctx);
    const runs = await tx.injectionRun.findMany({ where: { drillId: drill.id } });
    for (const run of runs) {
      const step = drill.script.injections.find((candidate) => candidate.id === run.stepId);
      if (step && isInFlight(run, actionOf(step, run.phase), now)) throw new ConflictError(`"${step.name}" is still running: wait for its result, then abort.`);
    }
    await appendEvent(tx, ctx, drill.id, { kind: "drill.aborting", body: { note, shareNote } });
    await tx.drill.update({ where: { id: drill.id }, data: { status: "aborting" } });
    await cancelPendingItems(tx, drill.id, now);
    return { kind: "marked" } as const;
  });
  if (begun.kind === "ended") return { event: begun.event, rollbacks: [], manualLeft: [] };
  if (begun.kind === "marked") options?.afterPhase?.("marked");
  return continueAbort({ ctx, input: { drillId: input.drillId }, options });
}
