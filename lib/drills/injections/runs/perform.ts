import type { Ctx } from "../../../context";
import { dbOf } from "../../../context/transaction";
import { executeAction, type ActionResult, type ExecuteOptions } from "../../../injections/execute-action";
import { readWebhookSecret } from "../../../scenarios/signing-secret";
import { logger } from "../../../logger";
import type { ScenarioDefinition } from "../../../scenarios/schemas";
import type { TemplateValues } from "../../../scenarios/template";
import type { ActionResultBody } from "../../../timeline/events";
import type { ClaimedRun } from "./claim";
import { stepTemplateValues } from "./template-values";

/** What a run needs to know about its drill, taken while the drill was locked. */
export interface RunDrill {
  id: string;
  title: string;
  startedAt: Date | null;
  scenarioId: string;
  script: ScenarioDefinition;
}

export function templateValues(drill: RunDrill, run: ClaimedRun): TemplateValues {
  const context = {
    drillId: drill.id,
    drillTitle: drill.title,
    startedAt: drill.startedAt?.toISOString() ?? "",
    scenarioId: drill.scenarioId,
    scenarioTitle: drill.script.title,
    environmentName: drill.script.environment.name,
  };
  return stepTemplateValues(context, run.step, run.phase);
}

/**
 * Runs a claimed webhook step, outside any transaction, so a slow target never holds the drill's lock.
 * Signed with the scenario's current secret. Never throws: a failure of drillroom itself is a failed result.
 */
export async function performRun(ctx: Ctx, drill: RunDrill, run: ClaimedRun, options: ExecuteOptions = {}): Promise<ActionResult> {
  try {
    const secret = await readWebhookSecret(dbOf(ctx), drill.scenarioId);
    return await executeAction(run.action, templateValues(drill, run), { ...options, signing: { secret, deliveryId: run.deliveryId } });
  } catch (error) {
    logger.error({ err: error, drillId: drill.id, stepId: run.step.id, phase: run.phase }, "running a step failed");
    const method = run.action.kind === "webhook" ? run.action.method : "POST";
    return { kind: "webhook", outcome: "failed", method, target: "", status: null, latencyMs: 0, attempts: 0, responseExcerpt: "", error: "drillroom could not make the call (see the server log)", mayHaveLanded: false };
  }
}

/** The result as the timeline keeps it: what answered and how fast, never headers. Manual steps have none. */
export function toResultBody(result: ActionResult): ActionResultBody | undefined {
  if (result.kind === "manual") return undefined;
  return {
    outcome: result.outcome,
    ...(result.status !== null ? { status: result.status } : {}),
    latencyMs: result.latencyMs,
    attempts: result.attempts,
    ...(result.responseExcerpt ? { responseExcerpt: result.responseExcerpt } : {}),
    ...(result.error ? { error: result.error } : {}),
    ...(result.mayHaveLanded !== undefined ? { mayHaveLanded: result.mayHaveLanded } : {}),
  };
}
