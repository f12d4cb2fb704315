import { authorize, can } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
import { readDefinition } from "../scenarios/upgrade";
import { listScriptItems } from "./script/items";
import { withWaits } from "./script/waiting";
import { loadInjectionRuns } from "./injections/runs/view";
import { milestoneProgress } from "./milestones/list-milestones";
import { channelUrl } from "./links";
import { clockView, progressFrom, type DrillView } from "./view";
import { getDrillOrThrow } from "./internal/get-drill";
import type { DrillOutcome } from "../drill-model/state-machine";

/** The facilitator's and observer's view of a drill, hidden fields included. */
export async function getDrill({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<DrillView> {
  authorize(ctx, "drill.read", { drillId: input.id });
  const db = dbOf(ctx);
  const drill = await getDrillOrThrow(db, input.id, { include: { revision: { select: { number: true } }, exercise: { select: { id: true, name: true, date: true } } } });
  const marks = await db.timelineEvent.findMany({
    where: { drillId: drill.id, ref: { not: null } },
    select: { seq: true, ref: true, offsetMs: true, at: true },
    orderBy: { seq: "asc" },
  });
  const script = readDefinition(drill.script);
  const injectionRuns = await loadInjectionRuns(db, drill.id);
  return {
    id: drill.id,
    title: drill.title,
    publicTitle: drill.publicTitle,
    status: drill.status,
    scenarioId: drill.scenarioId,
    createdAt: drill.createdAt.toISOString(),
    clock: clockView(drill, nowOf(ctx)),
    demo: drill.demo,
    revision: drill.revision.number,
    outcome: drill.outcome as DrillOutcome | null,
    revealedAt: drill.revealedAt?.toISOString() ?? null,
    closedAt: drill.closedAt?.toISOString() ?? null,
    exercise: drill.exercise ? { id: drill.exercise.id, name: drill.exercise.name, date: drill.exercise.date.toISOString().slice(0, 10) } : null,
    chatProvider: drill.chatProvider,
    channelToken: can(ctx.actor, "drill.run", { drillId: drill.id }) ? drill.channelToken : null,
    channelUrl: can(ctx.actor, "drill.run", { drillId: drill.id }) ? channelUrl(drill) : null,
    lastSeq: drill.lastSeq,
    script,
    progress: { ...progressFrom(marks), milestones: await milestoneProgress(db, drill.id) },
    scriptItems: withWaits(await listScriptItems(db, drill.id, script), script.injections, injectionRuns),
    environment: script.environment,
    injectionRuns,
  };
}
