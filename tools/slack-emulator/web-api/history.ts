import { publicMessage } from "../events";
import { compareTs } from "../ids";
import type { Channel } from "../types";
import {
  type ApiContext,
  type ApiMethod,
  findChannel,
  integerArg,
  optionalString,
  requiredString,
  SlackApiError,
} from "./context";

function readableChannel(ctx: ApiContext, args: Record<string, unknown>): Channel {
  const channel = findChannel(ctx, args);
  if (!channel.members.includes(ctx.workspace.botUser.id)) throw new SlackApiError("not_in_channel");
  return channel;
}

function pageLimit(args: Record<string, unknown>): number {
  return Math.min(Math.max(integerArg(args, "limit", 100), 1), 999);
}

/** Top-level messages, newest first, paged with an opaque offset cursor. */
const history: ApiMethod = (ctx, args) => {
  const channel = readableChannel(ctx, args);
  const limit = pageLimit(args);
  const oldest = optionalString(args, "oldest");
  const latest = optionalString(args, "latest");
  const cursor = optionalString(args, "cursor");
  const offset = cursor ? Number.parseInt(Buffer.from(cursor, "base64url").toString("utf8").replace("offset:", ""), 10) || 0 : 0;

  const visible = ctx.workspace
    .messagesOf(channel.id)
    .filter((message) => !message.deleted && (!message.thread_ts || message.thread_ts === message.ts))
    .filter((message) => (oldest ? compareTs(message.ts, oldest) > 0 : true))
    .filter((message) => (latest ? compareTs(message.ts, latest) < 0 : true))
    .sort((a, b) => compareTs(b.ts, a.ts));
  const page = visible.slice(offset, offset + limit);
  const hasMore = offset + limit < visible.length;
  return {
    messages: page.map(publicMessage),
    has_more: hasMore,
    pin_count: 0,
    response_metadata: { next_cursor: hasMore ? Buffer.from(`offset:${offset + limit}`).toString("base64url") : "" },
  };
};

/** A thread: the parent then its replies, oldest first. */
const replies: ApiMethod = (ctx, args) => {
  const channel = readableChannel(ctx, args);
  const ts = requiredString(args, "ts", "thread_not_found");
  const target = ctx.workspace.findMessage(channel.id, ts);
  if (!target || target.deleted) throw new SlackApiError("thread_not_found");
  const root = target.thread_ts ?? target.ts;
  const messages = ctx.workspace
    .messagesOf(channel.id)
    .filter((message) => !message.deleted && (message.ts === root || message.thread_ts === root))
    .sort((a, b) => compareTs(a.ts, b.ts))
    .slice(0, pageLimit(args));
  return { messages: messages.map(publicMessage), has_more: false, response_metadata: { next_cursor: "" } };
};

export const historyMethods: Record<string, ApiMethod> = {
  "conversations.history": history,
  "conversations.replies": replies,
};
