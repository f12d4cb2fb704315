import type { Ctx } from "../../context";
import type { Db } from "../../db/client";
import type { Tx } from "../../context/transaction";
import { ConflictError, ValidationError } from "../../errors";
import { appendEvent } from "../../timeline/append";
import type { TimelineEventView } from "../../timeline/events";
import { formatOffset } from "../../drill-model/clock";
import type { Milestone } from "../../drill-model/milestone-names";
import { MILESTONE_LABELS } from "../../drill-model/milestones";

/** "Is milestone X reached?" for everything that asks (the scheduler's conditional items, Slack, scoring). */
export async function milestoneReached(db: Db, drillId: string, milestone: Milestone): Promise<boolean> {
  return (await db.milestone.count({ where: { drillId, milestone } })) > 0;
}

/** A timeline event of this drill, or a 422 naming the field that pointed at it. */
export async function eventOfDrill(tx: Db, drillId: string, seq: number, field: string) {
  const event = await tx.timelineEvent.findUnique({ where: { drillId_seq: { drillId, seq } }, select: { seq: true, offsetMs: true, at: true, kind: true } });
  if (!event) throw new ValidationError([{ path: field, message: `is not an event of this drill (#${seq})` }]);
  return event;
}

export interface NewMilestone {
  milestone: Milestone;
  note: string;
  evidenceSeq?: number;
  /** Recorded in review at a past event (`evidenceSeq`), with why it was missed. */
  afterTheFact?: { reason: string };
}

/**
 * Records a milestone once per drill: the `milestone.recorded` event and its row, in the caller's
 * transaction. With evidence from after the start, the milestone was reached when the evidence happened.
 */
export async function writeMilestone(tx: Tx, ctx: Ctx, drillId: string, input: NewMilestone): Promise<TimelineEventView> {
  const { milestone, note, evidenceSeq } = input;
  const earlier = await tx.milestone.findUnique({ where: { drillId_milestone: { drillId, milestone } }, select: { reachedOffsetMs: true } });
  if (earlier) throw new ConflictError(`Milestone "${MILESTONE_LABELS[milestone]}" already happened at ${formatOffset(earlier.reachedOffsetMs)}.`);
  const evidence = evidenceSeq === undefined ? null : await eventOfDrill(tx, drillId, evidenceSeq, "evidenceSeq");
  const late = input.afterTheFact ? { afterTheFact: true as const, reason: input.afterTheFact.reason } : {};
  const body = { milestone, note, ...(evidenceSeq === undefined ? {} : { evidenceSeq }), ...late };
  const event = await appendEvent(tx, ctx, drillId, { kind: "milestone.recorded", ref: `milestone:${milestone}`, body });
  const reached = evidence?.offsetMs != null ? { offsetMs: evidence.offsetMs, at: evidence.at } : { offsetMs: event.offsetMs ?? 0, at: new Date(event.at) };
  await tx.milestone.create({
    data: {
      drillId,
      milestone,
      reachedOffsetMs: reached.offsetMs,
      reachedAt: reached.at,
      evidenceSeq: evidenceSeq ?? null,
      note,
      recordedSeq: event.id,
      recordedBy: ctx.actor.name,
      recordedAt: new Date(event.at),
      afterTheFact: Boolean(input.afterTheFact),
    },
  });
  return event;
}
