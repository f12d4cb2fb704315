import type { Prisma } from "../db/generated/client";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { elapsedMs, type ClockState } from "../drill-model/clock";
import { AUDIENCE, toEventView, type EventBodies, type EventKind, type TimelineEventView } from "./events";
import { TIMELINE_CHANNEL, notificationPayload } from "./notify";

export interface NewEvent<K extends EventKind> {
  kind: K;
  body: EventBodies[K];
  ref?: string;
}

/**
 * Appends one event inside the caller's transaction. The UPDATE on the drill row both locks it and
 * hands out the next gapless `seq`, so per-drill order equals commit order; NOTIFY fires only on commit.
 */
export async function appendEvent<K extends EventKind>(
  tx: Prisma.TransactionClient,
  ctx: Ctx,
  drillId: string,
  event: NewEvent<K>,
): Promise<TimelineEventView> {
  const now = nowOf(ctx);
  const [drill] = await tx.$queryRaw<(ClockState & { lastSeq: number })[]>`
    UPDATE "Drill" SET "lastSeq" = "lastSeq" + 1 WHERE "id" = ${drillId}
    RETURNING "lastSeq", "startedAt", "endedAt", "pausedAt", "pausedMs", "timeBoxMinutes"`;
  if (!drill) throw new Error(`appendEvent: drill ${drillId} does not exist`);
  const actor = ctx.actor;
  const row = await tx.timelineEvent.create({
    data: {
      drillId,
      seq: drill.lastSeq,
      kind: event.kind,
      audience: AUDIENCE[event.kind],
      at: now,
      offsetMs: drill.startedAt ? elapsedMs({ ...drill, endedAt: null }, now) : null,
      actorType: actor.type,
      actorId: "id" in actor ? (actor.id ?? null) : null,
      actorName: actor.name,
      ref: event.ref ?? null,
      body: event.body as Prisma.InputJsonValue,
    },
  });
  const view = toEventView(row);
  await tx.$executeRaw`SELECT pg_notify(${TIMELINE_CHANNEL}, ${notificationPayload(view)})`;
  return view;
}
