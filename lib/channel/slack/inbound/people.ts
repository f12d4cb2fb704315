import type { Actor } from "../../../context";
import type { Db } from "../../../db/client";
import { logger } from "../../../logger";
import { slackClient } from "../../../chat/slack/client";

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
  const participant = await firstSighting(db, { drillId, provider: "slack", externalId: userId, displayName: name });
  return { type: "participant", id: participant.id, name: participant.displayName, drillId };
}

/**
 * A participant row, created if it is not there. A person's join and first message arrive together:
 * an upsert would have one of them fail on the unique key; INSERT … ON CONFLICT DO NOTHING cannot.
 */
async function firstSighting(db: Db, data: { drillId: string; provider: string; externalId: string; displayName: string }) {
  const where = { drillId_provider_externalId: { drillId: data.drillId, provider: data.provider, externalId: data.externalId } };
  const seen = await db.participant.findUnique({ where });
  if (seen) return seen;
  await db.participant.createMany({ data: [data], skipDuplicates: true });
  return db.participant.findUniqueOrThrow({ where });
}

/**
 * Another integration posting in the channel (a monitoring app, a deploy webhook): one participant per
 * bot, each message named as it was posted (`username` overrides the bot's own name, as Slack shows it).
 */
export async function slackBotActor(db: Db, drillId: string, bot: { id: string; name?: string }): Promise<Extract<Actor, { type: "participant" }>> {
  const name = bot.name || (await botName(bot.id));
  const participant = await firstSighting(db, { drillId, provider: "slack_bot", externalId: bot.id, displayName: name });
  return { type: "participant", id: participant.id, name, drillId };
}

async function botName(botId: string): Promise<string> {
  const key = `bot:${botId}`;
  const cached = names.get(key);
  if (cached && cached.until > Date.now()) return cached.name;
  try {
    const { bot } = await slackClient().bots.info({ bot: botId });
    const name = bot?.name || botId;
    names.set(key, { name, until: Date.now() + NAME_TTL_MS });
    return name;
  } catch (error) {
    logger.warn({ err: error, botId }, "could not look up a Slack bot's name; the timeline shows its id");
    return botId;
  }
}
