import type { z } from "zod";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import type { Tx } from "../../context/transaction";
import { ConflictError, ValidationError } from "../../errors";
import { appendEvent } from "../../timeline/append";
import type { TimelineEventView } from "../../timeline/events";
import { parseOrThrow } from "../../validation";
import { elapsedMs, formatOffset } from "../../drill-model/clock";
import { eventOfDrill } from "./store";
import { MILESTONE_LABELS } from "../../drill-model/milestones";
import type { LockedDrill } from "../internal/lock";
import { mutateDrill } from "../internal/mutate";
import { correctMilestoneSchema, milestoneParamSchema } from "../schemas";

/** The wall-clock moment of a drill-clock offset: offsets and wall time move together between two events, pauses included. */
async function wallClockAt(tx: Tx, drillId: string, offsetMs: number): Promise<Date> {
  const before = await tx.timelineEvent.findFirst({
    where: { drillId, offsetMs: { lte: offsetMs } },
    orderBy: [{ offsetMs: "desc" }, { seq: "desc" }],
    select: { offsetMs: true, at: true },
  });
  return new Date((before?.at.getTime() ?? 0) + offsetMs - (before?.offsetMs ?? 0));
}

async function newTime(tx: Tx, ctx: Ctx, drill: LockedDrill, input: { toOffsetMs?: number; toSeq?: number }) {
  if (input.toSeq !== undefined) {
    const event = await eventOfDrill(tx, drill.id, input.toSeq, "toSeq");
    if (event.offsetMs === null) throw new ValidationError([{ path: "toSeq", message: `is before the drill started (#${input.toSeq})` }]);
    return { offsetMs: event.offsetMs, at: event.at };
  }
  const offsetMs = input.toOffsetMs!;
  const now = elapsedMs(drill, nowOf(ctx));
  if (offsetMs > now) throw new ValidationError([{ path: "toOffsetMs", message: `must not be later than the drill clock (${formatOffset(now)})` }]);
  return { offsetMs, at: await wallClockAt(tx, drill.id, offsetMs) };
}

/** Changes when a milestone was reached, with a reason; every correction stays in the audit trail. */
export async function correctMilestone({ ctx, input }: { ctx: Ctx; input: { drillId: string; milestone: string; data: z.input<typeof correctMilestoneSchema> } }): Promise<TimelineEventView> {
  const { milestone } = parseOrThrow(milestoneParamSchema, { milestone: input.milestone });
  const { toOffsetMs, toSeq, reason } = parseOrThrow(correctMilestoneSchema, input.data);
  const label = MILESTONE_LABELS[milestone];
  return mutateDrill(ctx, input.drillId, "correct_milestone", async (tx, drill) => {
    const row = await tx.milestone.findUnique({ where: { drillId_milestone: { drillId: drill.id, milestone } } });
    if (!row) throw new ConflictError(`Cannot correct "${label}": it has not been recorded yet.`);
    const to = await newTime(tx, ctx, drill, { toOffsetMs, toSeq });
    if (to.offsetMs === row.reachedOffsetMs) throw new ConflictError(`"${label}" is already at ${formatOffset(to.offsetMs)}.`);
    const body = { milestone, fromOffsetMs: row.reachedOffsetMs, toOffsetMs: to.offsetMs, reason, ...(toSeq === undefined ? {} : { toSeq }) };
    const event = await appendEvent(tx, ctx, drill.id, { kind: "milestone.corrected", body });
    await tx.milestone.update({ where: { id: row.id }, data: { reachedOffsetMs: to.offsetMs, reachedAt: to.at } });
    await tx.milestoneCorrection.create({
      data: {
        milestoneId: row.id,
        fromOffsetMs: row.reachedOffsetMs,
        toOffsetMs: to.offsetMs,
        fromAt: row.reachedAt,
        toAt: to.at,
        toSeq: toSeq ?? null,
        reason,
        correctedBy: ctx.actor.name,
        correctedAt: new Date(event.at),
        seq: event.id,
      },
    });
    return event;
  });
}
