import { messageChangedEvent, messageEvent, publicMessage } from "../events";
import type { StoredMessage } from "../types";
import { blocksArg } from "./blocks";
import {
  type ApiArgs,
  type ApiMethod,
  findChannel,
  findWritableChannel,
  optionalString,
  requiredString,
  SlackApiError,
} from "./context";

const MAX_TEXT_LENGTH = 40_000;

/** The message content of a call: text and/or blocks, at least one of them. */
function contentArgs(args: ApiArgs): { text?: string; blocks?: StoredMessage["blocks"] } {
  const blocks = blocksArg(args);
  const text = optionalString(args, "text");
  if (!text && (!blocks || blocks.length === 0)) throw new SlackApiError("no_text");
  if (text && text.length > MAX_TEXT_LENGTH) throw new SlackApiError("msg_too_long");
  return { text, blocks };
}

const postMessage: ApiMethod = (ctx, args) => {
  const { workspace } = ctx;
  const channel = findWritableChannel(ctx, args, true);
  const { text, blocks } = contentArgs(args);
  const threadTs = optionalString(args, "thread_ts");
  const message = workspace.addBotMessage(channel.id, { text: text ?? "", ts: workspace.nextTs(), blocks, threadTs });
  // Slack sends the app its own messages too; apps are expected to skip those with a bot_id.
  void ctx.emitEvent(messageEvent(channel, message, workspace.identity.teamId));
  return { channel: channel.id, ts: message.ts, message: publicMessage(message) };
};

const update: ApiMethod = (ctx, args) => {
  const { workspace } = ctx;
  const channel = findChannel(ctx, args);
  if (channel.is_archived) throw new SlackApiError("is_archived");
  const ts = requiredString(args, "ts", "message_not_found");
  const message = workspace.findMessage(channel.id, ts);
  if (!message || message.deleted) throw new SlackApiError("message_not_found");
  if (message.user !== workspace.botUser.id) throw new SlackApiError("cant_update_message");
  const { text, blocks } = contentArgs(args);

  const before = structuredClone(message);
  // Slack keeps the previous blocks when an update sends only text.
  if (text !== undefined) message.text = text;
  if (blocks !== undefined) message.blocks = blocks;
  void ctx.emitEvent(messageChangedEvent(channel, before, message, workspace.nextTs()));
  return { channel: channel.id, ts: message.ts, text: message.text, message: publicMessage(message) };
};

const postEphemeral: ApiMethod = (ctx, args) => {
  const { workspace } = ctx;
  const channel = findWritableChannel(ctx, args, true);
  const userId = requiredString(args, "user", "user_not_found");
  if (!workspace.users.has(userId)) throw new SlackApiError("user_not_found");
  if (!channel.members.includes(userId)) throw new SlackApiError("user_not_in_channel");
  const { text, blocks } = contentArgs(args);
  const threadTs = optionalString(args, "thread_ts");
  const messageTs = workspace.nextTs();
  workspace.ephemerals.push({
    channel: channel.id,
    user: userId,
    text: text ?? "",
    ...(blocks ? { blocks } : {}),
    message_ts: messageTs,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    source: "chat.postEphemeral",
    at: Date.now(),
  });
  return { message_ts: messageTs };
};

export const chatMethods: Record<string, ApiMethod> = {
  "chat.postMessage": postMessage,
  "chat.update": update,
  "chat.postEphemeral": postEphemeral,
};
