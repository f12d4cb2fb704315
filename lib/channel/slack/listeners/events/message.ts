import type { App } from "@slack/bolt";
import { isOwnPost } from "../../../../chat/slack/bot-identity";
import { mirrorSlackDeletion } from "../../inbound/mirror-deletion";
import { mirrorSlackEdit } from "../../inbound/mirror-edit";
import { mirrorSlackMessage } from "../../inbound/mirror-message";
import { mirrorOrDrop, slackCtx } from "../context";

/** The fields of Slack's message events read here; the mirror verbs validate them. */
interface SlackMessage {
  subtype?: string;
  channel: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  username?: string;
  bot_profile?: { name?: string };
  text?: string;
  ts: string;
  thread_ts?: string;
  event_ts?: string;
  edited?: unknown;
}

interface SlackMessageEvent extends SlackMessage {
  /** message_changed: the message as it is now. */
  message?: SlackMessage;
  /** message_deleted: the message that was deleted, and its ts (always sent with that subtype). */
  previous_message?: SlackMessage;
  deleted_ts: string;
}

/**
 * Another integration's post, as Slack's message payloads name it: `username` (which overrides the bot's
 * name on `bot_message`), else `bot_profile.name`; without either, the verb asks bots.info.
 */
function botOf(message: SlackMessage): { id: string; name?: string } | undefined {
  if (!message.bot_id && message.subtype !== "bot_message") return undefined;
  const name = [message.username, message.bot_profile?.name].find((candidate) => typeof candidate === "string" && candidate.trim() !== "");
  return { id: String(message.bot_id ?? message.app_id ?? "unknown-bot"), ...(name ? { name } : {}) };
}

/**
 * Messages, thread replies, edits and deletions in drill channels, from people and from other
 * integrations (responders paste or trigger them). Only the drill bot's own posts are skipped: they are
 * on the timeline already as what they announce.
 */
export function registerMessageListener(app: App): void {
  app.event("message", async ({ event, body }) => {
    const message = event as unknown as SlackMessageEvent;
    const eventId = (body as { event_id?: string }).event_id;
    switch (message.subtype) {
      case undefined:
      case "bot_message":
      case "thread_broadcast":
      case "file_share":
      case "me_message": {
        const bot = botOf(message);
        if (bot && (await isOwnPost(message))) return;
        const author = bot ? { bot } : { user: message.user };
        await mirrorOrDrop("message", () =>
          mirrorSlackMessage({ ctx: slackCtx, input: { eventId, channel: message.channel, ...author, text: message.text, ts: message.ts, threadTs: message.thread_ts } }),
        );
        return;
      }
      case "message_changed": {
        const changed = (message.message ?? {}) as SlackMessage;
        const bot = botOf(changed);
        if (bot && (await isOwnPost(changed))) return;
        const author = bot ? { bot } : { user: changed.user };
        const input = { eventId, channel: message.channel, ...author, ts: changed.ts, eventTs: message.event_ts ?? message.ts, edited: Boolean(changed.edited), text: changed.text };
        await mirrorOrDrop("edit", () => mirrorSlackEdit({ ctx: slackCtx, input }));
        return;
      }
      case "message_deleted":
        if (message.previous_message && botOf(message.previous_message) && (await isOwnPost(message.previous_message))) return;
        await mirrorOrDrop("deletion", () => mirrorSlackDeletion({ ctx: slackCtx, input: { eventId, channel: message.channel, ts: message.deleted_ts, eventTs: message.event_ts ?? message.ts } }));
        return;
    }
  });
}
