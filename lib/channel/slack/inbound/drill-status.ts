import { authorize } from "../../../auth/authorize";
import type { Ctx } from "../../../context";
import { dbOf } from "../../../context/transaction";
import { elapsedMs, formatDuration, formatOffset, remainingMs } from "../../../drill-model/clock";
import type { StatusInput } from "../../../chat/slack/blocks/status";
import { getDrillOrThrow } from "../../../drills/internal/get-drill";

/** What `/drill status` shows: exactly what its reply's builder takes. */
export type SlackDrillStatus = StatusInput;

/** What `/drill status` tells a participant: the clock, milestones reached, teams one can escalate to. Nothing hidden. */
export async function slackDrillStatus({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<SlackDrillStatus> {
  authorize(ctx, ["drill.read", "drill.respond"], { drillId: input.drillId });
  const db = dbOf(ctx);
  const drill = await getDrillOrThrow(db, input.drillId, { select: { publicTitle: true, status: true, startedAt: true, endedAt: true, pausedAt: true, pausedMs: true, timeBoxMinutes: true } });
  const now = new Date();
  const milestones = await db.milestone.findMany({ where: { drillId: input.drillId }, orderBy: { reachedOffsetMs: "asc" }, select: { milestone: true, reachedOffsetMs: true } });
  const waiting = await db.rosterMember.findMany({ where: { drillId: input.drillId, role: "escalation_responder", escalatedAt: null, team: { not: null } }, select: { team: true }, distinct: ["team"] });
  return {
    drillTitle: drill.publicTitle,
    status: drill.pausedAt ? "paused" : drill.status,
    elapsedLabel: formatOffset(elapsedMs(drill, now)),
    remainingLabel: formatDuration(remainingMs(drill, now)),
    milestones: milestones.map((row) => ({ milestone: row.milestone, offsetLabel: formatOffset(row.reachedOffsetMs) })),
    pendingEscalationTeams: waiting.flatMap((row) => (row.team ? [row.team] : [])),
  };
}
