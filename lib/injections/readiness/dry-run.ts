import type { z } from "zod";
import { authorize } from "../../auth/authorize";
import type { Prisma } from "../../db/generated/client";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import { dbOf, inTransaction } from "../../context/transaction";
import { ConflictError, NotFoundError } from "../../errors";
import { executeAction, type ExecuteOptions } from "../execute-action";
import { parseOrThrow } from "../../validation";
import type { InjectionStep, ScenarioDefinition, StepAction } from "../../scenarios/schemas";
import type { TemplateValues } from "../../scenarios/template";
import { readDefinition } from "../../scenarios/upgrade";
import { dryRunSchema } from "./schemas";
import { toDryRunView, type DryRunPhase, type DryRunStepResult, type DryRunView } from "./views";

// A "running" row older than its longest possible duration was left by a crashed process.
const STALE_MARGIN_MS = 60_000;

/**
 * Runs every injection action in order, then every rollback in reverse order, against their real
 * targets, outside any drill. One row is created as `running` first, results are written as each
 * step finishes, and the row is finalized as passed (every webhook call ok) or failed.
 */
export async function dryRun({ ctx, input, options }: { ctx: Ctx; input: { scenarioId: string; data?: z.input<typeof dryRunSchema> }; options?: ExecuteOptions }): Promise<DryRunView> {
  authorize(ctx, "scenario.write");
  const { confirmEnvironment } = parseOrThrow(dryRunSchema, input.data ?? {});
  const { run, definition, webhookSecret } = await begin(ctx, input.scenarioId, confirmEnvironment);
  const db = dbOf(ctx);
  const results: DryRunStepResult[] = [];
  try {
    const plan: [InjectionStep, DryRunPhase, StepAction][] = [
      ...definition.injections.map((step): [InjectionStep, DryRunPhase, StepAction] => [step, "injection", step.action]),
      ...[...definition.injections].reverse().map((step): [InjectionStep, DryRunPhase, StepAction] => [step, "rollback", step.rollback]),
    ];
    for (const [step, phase, action] of plan) {
      // Signed with the scenario's secret, exactly as in a drill, so a dry run also proves the receiver's check.
      const result = await executeAction(action, templateValues(run, definition, input.scenarioId, step, phase), { ...options, signing: { secret: webhookSecret } });
      results.push({ stepId: step.id, stepName: step.name, phase, ...result });
      await db.dryRun.update({ where: { id: run.id }, data: { results: results as unknown as Prisma.InputJsonValue } });
    }
    const passed = results.every((result) => result.kind === "manual" || result.outcome === "ok");
    return toDryRunView(await db.dryRun.update({ where: { id: run.id }, data: { status: passed ? "passed" : "failed", finishedAt: nowOf(ctx) } }));
  } catch (error) {
    await db.dryRun.update({ where: { id: run.id }, data: { status: "failed", finishedAt: nowOf(ctx) } }).catch(() => {});
    throw error;
  }
}

async function begin(ctx: Ctx, scenarioId: string, confirmEnvironment: string | undefined) {
  return inTransaction(ctx, async (tx) => {
    // The row lock makes "is one running already?" and "start one" a single step across app instances.
    const locked = await tx.$queryRaw<{ currentRevision: number; webhookSecret: string }[]>`SELECT "currentRevision", "webhookSecret" FROM "Scenario" WHERE "id" = ${scenarioId} FOR UPDATE`;
    const scenario = locked[0];
    if (!scenario) throw new NotFoundError("Scenario", scenarioId);
    const revision = await tx.scenarioRevision.findUniqueOrThrow({ where: { scenarioId_number: { scenarioId, number: scenario.currentRevision } } });
    const definition = readDefinition(revision.definition);
    const { environment } = definition;
    if (environment.protected && confirmEnvironment !== environment.name)
      throw new ConflictError(
        confirmEnvironment
          ? `"${confirmEnvironment}" is not this scenario's environment. Type "${environment.name}" exactly to run a dry run against it.`
          : `This scenario runs against "${environment.name}", a protected environment. Type its name to confirm the dry run.`,
      );
    const now = nowOf(ctx);
    const running = await tx.dryRun.findFirst({ where: { scenarioId, status: "running" }, orderBy: { startedAt: "desc" } });
    if (running) {
      if (now.getTime() - running.startedAt.getTime() < longestDurationMs(definition) + STALE_MARGIN_MS)
        throw new ConflictError(`A dry run of this scenario is already running (started by ${running.startedBy}). Wait for it to finish.`);
      await tx.dryRun.updateMany({ where: { scenarioId, status: "running" }, data: { status: "failed", finishedAt: now } });
    }
    const run = await tx.dryRun.create({
      data: { scenarioId, revision: scenario.currentRevision, status: "running", startedAt: now, startedBy: ctx.actor.name, results: [] },
    });
    return { run, definition, webhookSecret: scenario.webhookSecret };
  });
}

/** What a dry run calls `{{drill.*}}`: there is no drill, so the run stands in for one. */
function templateValues(run: { id: string; startedAt: Date }, definition: ScenarioDefinition, scenarioId: string, step: InjectionStep, phase: DryRunPhase): TemplateValues {
  return {
    "drill.id": `dry-run-${run.id}`,
    "drill.title": "Dry run",
    "drill.startedAt": run.startedAt.toISOString(),
    "scenario.id": scenarioId,
    "scenario.title": definition.title,
    "environment.name": definition.environment.name,
    "step.id": step.id,
    "step.name": step.name,
    "step.phase": phase,
  };
}

function longestDurationMs(definition: ScenarioDefinition): number {
  const actions = definition.injections.flatMap((step) => [step.action, step.rollback]);
  return actions.reduce((total, action) => total + (action.kind === "webhook" ? action.timeoutSeconds * 1000 : 0), 0);
}
