import type { Actor } from "../../../context";
import type { Db } from "../../../db/client";
import { logger } from "../../../logger";
import { slackClient } from "../client";

const NAME_TTL_MS = 10 * 60_000;
const names = new Map<string, { name: string; until: number }>();

/**
 * How a Slack user is named in the timeline: their roster name when the drill's roster has their
 * Slack id, else their Slack display name (cached), else the id itself.
 */
export async function slackUserNames(db: Db, drillId: string, userIds: string[]): Promise<Record<string, string>> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return {};
  const onRoster = await db.rosterMember.findMany({ where: { drillId, slackId: { in: unique } }, select: { slackId: true, name: true } });
  const result: Record<string, string> = {};
  for (const member of onRoster) if (member.slackId) result[member.slackId] = member.name;
  await Promise.all(unique.filter((id) => !result[id]).map(async (id) => (result[id] = await directoryName(id))));
  return result;
}

async function directoryName(userId: string): Promise<string> {
  const cached = names.get(userId);
  if (cached && cached.until > Date.now()) return cached.name;
  try {
    const { user } = await slackClient().users.info({ user: userId });
    const name = user?.profile?.display_name || user?.real_name || user?.name || userId;
    names.set(userId, { name, until: Date.now() + NAME_TTL_MS });
    return name;
  } catch (error) {
    logger.warn({ err: error, userId }, "could not look up a Slack user's name; the timeline shows their id");
    return userId;
  }
}

/** The drill's participant for a Slack user, created on first sight; the actor their actions are recorded as. */
export async function slackParticipantActor(db: Db, drillId: string, userId: string, name: string): Promise<Extract<Actor, { type: "participant" }>> {
  const participant = await db.participant.upsert({
    where: { drillId_provider_externalId: { drillId, provider: "slack", externalId: userId } },
    create: { drillId, provider: "slack", externalId: userId, displayName: name },
    update: {},
  });
  return { type: "participant", id: participant.id, name: participant.displayName, drillId };
}
