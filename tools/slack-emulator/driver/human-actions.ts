/** What people do in the Slack client, each producing the event Slack would deliver. */
import {
  integrationMessageEvent,
  memberJoinedEvent,
  messageChangedEvent,
  messageDeletedEvent,
  messageEvent,
  reactionEvent,
} from "../events";
import { clientMessageId } from "../ids";
import type { Channel, DeliveryResult, StoredMessage } from "../types";
import { EmulatorError } from "../workspace";
import { type DriverDeps, requireChannel, requireMembership, requireMessage, requireUser } from "./deps";

export interface PostResult {
  ts: string;
  message: StoredMessage;
  delivery: DeliveryResult;
}

export async function join(deps: DriverDeps, userId: string, channelId: string): Promise<DeliveryResult> {
  const { workspace } = deps;
  const user = requireUser(workspace, userId);
  const channel = requireChannel(workspace, channelId);
  if (channel.is_archived) throw new EmulatorError(`channel ${channel.id} is archived`);
  if (!workspace.addMember(channel, user.id)) throw new EmulatorError(`user ${user.id} is already in ${channel.id}`);
  return deps.emitEvent(memberJoinedEvent(channel, user.id, workspace.identity.teamId, workspace.nextTs()));
}

/** Slack clients send a rich_text block with every message; apps that read blocks see the same here. */
function richTextBlocks(text: string): StoredMessage["blocks"] {
  return [
    {
      type: "rich_text",
      block_id: clientMessageId().slice(0, 5),
      elements: [{ type: "rich_text_section", elements: [{ type: "text", text }] }],
    },
  ];
}

export async function post(
  deps: DriverDeps,
  userId: string,
  channelId: string,
  text: string,
  options: { threadTs?: string } = {},
): Promise<PostResult> {
  const { workspace } = deps;
  const { user, channel } = requireMembership(workspace, userId, channelId);
  if (options.threadTs) requireMessage(workspace, channel.id, options.threadTs);
  const message: StoredMessage = {
    type: "message",
    channel: channel.id,
    user: user.id,
    text,
    ts: workspace.nextTs(),
    blocks: richTextBlocks(text),
    ...(options.threadTs ? { thread_ts: workspace.threadRoot(channel.id, options.threadTs) } : {}),
  };
  workspace.addMessage(message);
  const event = { ...messageEvent(channel, message, workspace.identity.teamId), client_msg_id: clientMessageId() };
  const delivery = await deps.emitEvent(event);
  return { ts: message.ts, message, delivery };
}

/** Another integration posts (a webhook needs no membership). `style` says which shape Slack delivers. */
export async function integrationPost(
  deps: DriverDeps,
  botId: string,
  channelId: string,
  text: string,
  options: { style?: "bot_message" | "app"; username?: string } = {},
): Promise<PostResult> {
  const { workspace } = deps;
  const bot = workspace.bots.get(botId);
  if (!bot) throw new EmulatorError(`unknown bot ${botId}; add it with addBot first`, 404);
  const channel = requireChannel(workspace, channelId);
  if (channel.is_archived) throw new EmulatorError(`channel ${channel.id} is archived`);
  const ts = workspace.nextTs();
  const message = workspace.addMessage({ type: "message", channel: channel.id, user: bot.user_id, bot_id: bot.id, app_id: bot.app_id, text, ts });
  const event = integrationMessageEvent(channel, bot, { text, ts, style: options.style ?? "app", username: options.username }, workspace.identity.teamId);
  return { ts, message, delivery: await deps.emitEvent(event) };
}

function ownMessage(deps: DriverDeps, userId: string, channelId: string, ts: string): { channel: Channel; message: StoredMessage } {
  const { channel } = requireMembership(deps.workspace, userId, channelId);
  const message = requireMessage(deps.workspace, channel.id, ts);
  if (message.user !== userId) throw new EmulatorError(`message ${ts} was posted by ${message.user}, not ${userId}`, 403);
  return { channel, message };
}

export async function edit(deps: DriverDeps, userId: string, channelId: string, ts: string, text: string): Promise<DeliveryResult> {
  const { channel, message } = ownMessage(deps, userId, channelId, ts);
  const before = structuredClone(message);
  const eventTs = deps.workspace.nextTs();
  message.text = text;
  message.blocks = richTextBlocks(text);
  message.edited = { user: userId, ts: eventTs };
  return deps.emitEvent(messageChangedEvent(channel, before, message, eventTs));
}

export async function remove(deps: DriverDeps, userId: string, channelId: string, ts: string): Promise<DeliveryResult> {
  const { workspace } = deps;
  const { channel, message } = ownMessage(deps, userId, channelId, ts);
  const before = structuredClone(message);
  message.deleted = true;
  const parent = message.thread_ts && message.thread_ts !== message.ts ? workspace.findMessage(channel.id, message.thread_ts) : undefined;
  if (parent) {
    const replies = workspace.messagesOf(channel.id).filter((reply) => reply.thread_ts === parent.ts && reply.ts !== parent.ts && !reply.deleted);
    parent.reply_count = replies.length;
    parent.reply_users = [...new Set(replies.map((reply) => reply.user))];
  }
  return deps.emitEvent(messageDeletedEvent(channel, before, workspace.nextTs()));
}

/** Reaction names are stored without colons, as Slack does ("+1", not ":+1:"). */
function reactionName(name: string): string {
  const bare = name.replace(/^:|:$/g, "");
  if (bare === "") throw new EmulatorError("reaction name is empty");
  return bare;
}

export async function react(
  deps: DriverDeps,
  type: "reaction_added" | "reaction_removed",
  input: { userId: string; channelId: string; ts: string; name: string },
): Promise<DeliveryResult> {
  const { workspace } = deps;
  const { user, channel } = requireMembership(workspace, input.userId, input.channelId);
  const message = requireMessage(workspace, channel.id, input.ts);
  const name = reactionName(input.name);
  const reactions = message.reactions ?? [];
  const existing = reactions.find((reaction) => reaction.name === name);
  const hasReacted = existing?.users.includes(user.id) ?? false;
  if (type === "reaction_added") {
    if (hasReacted) throw new EmulatorError(`${user.id} already reacted :${name}: to ${message.ts}`, 409);
    if (existing) existing.users.push(user.id);
    else reactions.push({ name, users: [user.id], count: 0 });
  } else if (!existing || !hasReacted) {
    throw new EmulatorError(`${user.id} has no :${name}: reaction on ${message.ts}`, 404);
  } else {
    existing.users = existing.users.filter((id) => id !== user.id);
  }
  for (const reaction of reactions) reaction.count = reaction.users.length;
  message.reactions = reactions.filter((reaction) => reaction.count > 0);
  return deps.emitEvent(
    reactionEvent(type, { user: user.id, reaction: name, channel: channel.id, ts: message.ts, itemUser: message.user, eventTs: workspace.nextTs() }),
  );
}

/** Not in Slack's Web API for bots here: a person makes a channel, for demos and tests without the app. */
export function createChannel(deps: DriverDeps, input: { name: string; creatorId?: string; isPrivate?: boolean }): Channel {
  const { workspace } = deps;
  if (!/^[a-z0-9_-]{1,80}$/.test(input.name)) throw new EmulatorError(`invalid channel name ${JSON.stringify(input.name)}`);
  if (workspace.channelByName(input.name)) throw new EmulatorError(`channel name ${input.name} is taken`, 409);
  const creator = input.creatorId ? requireUser(workspace, input.creatorId).id : workspace.botUser.id;
  return workspace.createChannel({ name: input.name, creator, isPrivate: input.isPrivate });
}
