import { memberJoinedEvent } from "../events";
import { nowSeconds } from "../ids";
import type { Channel } from "../types";
import {
  type ApiMethod,
  booleanArg,
  findChannel,
  findWritableChannel,
  optionalString,
  SlackApiError,
} from "./context";

const MAX_NAME_LENGTH = 80;
const MAX_TOPIC_LENGTH = 250;

/** Slack's rules: lowercase letters, digits, hyphens and underscores, 1–80 characters, not only punctuation. */
function validateChannelName(name: string): void {
  if (name === "") throw new SlackApiError("invalid_name_required");
  if (name.length > MAX_NAME_LENGTH) throw new SlackApiError("invalid_name_maxlength");
  if (!/^[a-z0-9_-]+$/.test(name)) throw new SlackApiError("invalid_name_specials");
  if (/^[-_]+$/.test(name)) throw new SlackApiError("invalid_name_punctuation");
}

export function channelView(channel: Channel, botUserId: string): Record<string, unknown> {
  const { members, ...fields } = channel;
  return {
    ...fields,
    name_normalized: channel.name,
    is_member: members.includes(botUserId),
    num_members: members.length,
  };
}

const create: ApiMethod = (ctx, args) => {
  const name = optionalString(args, "name") ?? "";
  validateChannelName(name);
  if (ctx.workspace.channelByName(name)) throw new SlackApiError("name_taken");
  const channel = ctx.workspace.createChannel({
    name,
    creator: ctx.workspace.botUser.id,
    isPrivate: booleanArg(args, "is_private"),
  });
  return { channel: channelView(channel, ctx.workspace.botUser.id) };
};

function setChannelText(field: "topic" | "purpose"): ApiMethod {
  return (ctx, args) => {
    const channel = findWritableChannel(ctx, args);
    const value = optionalString(args, field) ?? "";
    if (value.length > MAX_TOPIC_LENGTH) throw new SlackApiError("too_long");
    channel[field] = { value, creator: ctx.workspace.botUser.id, last_set: nowSeconds() };
    // Slack's current docs answer with the channel; older clients read the bare string.
    return { channel: channelView(channel, ctx.workspace.botUser.id), [field]: value };
  };
}

const archive: ApiMethod = (ctx, args) => {
  const channel = findChannel(ctx, args);
  if (channel.is_archived) throw new SlackApiError("already_archived");
  channel.is_archived = true;
  return {};
};

const info: ApiMethod = (ctx, args) => {
  const channel = findChannel(ctx, args);
  return { channel: channelView(channel, ctx.workspace.botUser.id) };
};

const list: ApiMethod = (ctx, args) => {
  const excludeArchived = booleanArg(args, "exclude_archived");
  const channels = [...ctx.workspace.channels.values()]
    .filter((channel) => !(excludeArchived && channel.is_archived))
    .map((channel) => channelView(channel, ctx.workspace.botUser.id));
  return { channels, response_metadata: { next_cursor: "" } };
};

const members: ApiMethod = (ctx, args) => {
  const channel = findChannel(ctx, args);
  return { members: [...channel.members], response_metadata: { next_cursor: "" } };
};

const join: ApiMethod = (ctx, args) => {
  const channel = findChannel(ctx, args);
  if (channel.is_archived) throw new SlackApiError("is_archived");
  const botId = ctx.workspace.botUser.id;
  if (ctx.workspace.addMember(channel, botId)) {
    void ctx.emitEvent(memberJoinedEvent(channel, botId, ctx.workspace.identity.teamId, ctx.workspace.nextTs()));
  }
  return { channel: channelView(channel, botId) };
};

export const conversationMethods: Record<string, ApiMethod> = {
  "conversations.create": create,
  "conversations.setTopic": setChannelText("topic"),
  "conversations.setPurpose": setChannelText("purpose"),
  "conversations.archive": archive,
  "conversations.info": info,
  "conversations.list": list,
  "conversations.members": members,
  "conversations.join": join,
};
