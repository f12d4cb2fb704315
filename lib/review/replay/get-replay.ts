import { z } from "zod";
import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import type { Db } from "../../db/client";
import { dbOf } from "../../context/transaction";
import type { RosterRole } from "../../drill-model/roster-roles";
import { isStaffRole } from "../../drill-model/permissions";
import { isEnded } from "../../drill-model/state-machine";
import { getDrillOrThrow } from "../../drills/internal/get-drill";
import { InvalidStateError } from "../../errors";
import { id } from "../../input/text";
import { readDefinition } from "../../scenarios/upgrade";
import { parseOrThrow } from "../../validation";
import { loadEvents } from "../timeline";
import { buildReplay, type ReplaySource } from "./build-replay";
import type { ReplayView } from "./types";

export const getReplaySchema = z.object({ drillId: id() });

/**
 * An ended drill replayed (staff, API tokens with drill.read, and share links as `viewer`): every event the audience may
 * see up to the end, drawn on lanes.
 */
export async function getReplay({ ctx, input }: { ctx: Ctx; input: z.input<typeof getReplaySchema> }): Promise<ReplayView> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const { drillId } = parseOrThrow(getReplaySchema, input);
  return buildReplay(await loadReplaySource(dbOf(ctx), drillId, ctx.actor.type === "viewer" ? "viewer" : "staff"));
}

/** Three reads whatever the drill's size: the drill with its roster, the timeline, and the accounts of the staff on it. */
export async function loadReplaySource(db: Db, drillId: string, audience: ReplaySource["audience"]): Promise<ReplaySource> {
  const row = await getDrillOrThrow(db, drillId, {
    include: {
      exercise: { select: { id: true, name: true } },
      roster: { orderBy: { position: "asc" }, select: { id: true, name: true, role: true, team: true, email: true, slackId: true } },
      participants: { select: { id: true, rosterMemberId: true, provider: true, externalId: true } },
    },
  });
  if (!isEnded(row.status)) throw new InvalidStateError("The replay opens once the drill has ended.");
  const script = readDefinition(row.script);
  const events = await loadEvents(db, row.id);
  const staffIds = [...new Set(events.flatMap((event) => (isStaffRole(event.actor.type) && event.actor.id ? [event.actor.id] : [])))];
  const staff = staffIds.length ? await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } }) : [];
  return {
    drill: {
      id: row.id,
      title: row.title,
      publicTitle: row.publicTitle,
      scenarioTitle: script.title,
      status: row.status,
      outcome: row.outcome,
      timeBoxMinutes: row.timeBoxMinutes,
      demo: row.demo,
      exercise: row.exercise,
    },
    audience,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    modelAnswer: script.modelAnswer,
    events,
    roster: { members: row.roster.map((member) => ({ ...member, role: member.role as RosterRole })), participants: row.participants, staff },
  };
}
