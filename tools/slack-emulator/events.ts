/** The `event` objects Slack puts in an Events API envelope, built from the workspace's stored data. */
import type { Channel, SlackBot, StoredMessage } from "./types";

export type SlackEvent = Record<string, unknown> & { type: string };

/** How Slack shows a stored message to apps: without the emulator's bookkeeping. */
export function publicMessage(message: StoredMessage): Record<string, unknown> {
  const { channel: _channel, deleted: _deleted, ...visible } = message;
  return visible;
}

function messageChannelType(channel: Channel): "channel" | "group" {
  return channel.is_private ? "group" : "channel";
}

export function messageEvent(channel: Channel, message: StoredMessage, teamId: string): SlackEvent {
  const { reactions: _reactions, reply_count: _count, reply_users: _users, latest_reply: _latest, ...fields } = publicMessage(message);
  return { ...fields, type: "message", channel: channel.id, event_ts: message.ts, channel_type: messageChannelType(channel), team: teamId };
}

export function messageChangedEvent(channel: Channel, before: StoredMessage, after: StoredMessage, eventTs: string): SlackEvent {
  return {
    type: "message",
    subtype: "message_changed",
    message: publicMessage(after),
    previous_message: publicMessage(before),
    channel: channel.id,
    hidden: true,
    ts: eventTs,
    event_ts: eventTs,
    channel_type: messageChannelType(channel),
  };
}

export function messageDeletedEvent(channel: Channel, before: StoredMessage, eventTs: string): SlackEvent {
  return {
    type: "message",
    subtype: "message_deleted",
    hidden: true,
    deleted_ts: before.ts,
    channel: channel.id,
    previous_message: publicMessage(before),
    ts: eventTs,
    event_ts: eventTs,
    channel_type: messageChannelType(channel),
  };
}

export function memberJoinedEvent(channel: Channel, userId: string, teamId: string, eventTs: string, inviter?: string): SlackEvent {
  return {
    type: "member_joined_channel",
    user: userId,
    channel: channel.id,
    channel_type: channel.is_private ? "G" : "C",
    team: teamId,
    ...(inviter ? { inviter } : {}),
    event_ts: eventTs,
  };
}

export function reactionEvent(
  type: "reaction_added" | "reaction_removed",
  input: { user: string; reaction: string; channel: string; ts: string; itemUser: string; eventTs: string },
): SlackEvent {
  return {
    type,
    user: input.user,
    reaction: input.reaction,
    item: { type: "message", channel: input.channel, ts: input.ts },
    item_user: input.itemUser,
    event_ts: input.eventTs,
  };
}

/**
 * A message from another integration. "bot_message" is the subtype Slack documents for incoming
 * webhooks and classic bots: a bot_id, an optional `username` overriding the bot's name, no user.
 * "app" is how a current app's post arrives: no subtype, its bot user, a `bot_profile` with the name.
 */
export function integrationMessageEvent(
  channel: Channel,
  bot: SlackBot,
  input: { text: string; ts: string; style: "bot_message" | "app"; username?: string },
  teamId: string,
): SlackEvent {
  const where = { channel: channel.id, event_ts: input.ts, channel_type: messageChannelType(channel) };
  if (input.style === "bot_message") {
    return { type: "message", subtype: "bot_message", ts: input.ts, text: input.text, bot_id: bot.id, ...(input.username ? { username: input.username } : {}), icons: {}, ...where };
  }
  const profile = { id: bot.id, deleted: bot.deleted, name: bot.name, updated: bot.updated, app_id: bot.app_id, icons: bot.icons, team_id: teamId };
  return { type: "message", user: bot.user_id, bot_id: bot.id, app_id: bot.app_id, text: input.text, ts: input.ts, team: teamId, bot_profile: profile, ...where };
}
