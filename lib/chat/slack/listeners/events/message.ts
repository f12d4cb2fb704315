import type { App } from "@slack/bolt";
import { mirrorSlackDeletion } from "../../inbound/mirror-deletion";
import { mirrorSlackEdit } from "../../inbound/mirror-edit";
import { mirrorSlackMessage } from "../../inbound/mirror-message";
import { mirrorOrDrop, slackCtx } from "../context";

type Loose = Record<string, any>;

/** Messages, thread replies, edits and deletions in drill channels. The bot's own posts are already on the timeline. */
export function registerMessageListener(app: App): void {
  app.event("message", async ({ event, body }) => {
    const message = event as Loose;
    const eventId = (body as Loose).event_id as string | undefined;
    if (message.bot_id || message.subtype === "bot_message") return;
    switch (message.subtype) {
      case undefined:
      case "thread_broadcast":
      case "file_share":
      case "me_message":
        await mirrorOrDrop("message", () =>
          mirrorSlackMessage({ ctx: slackCtx, input: { eventId, channel: message.channel, user: message.user, text: message.text, ts: message.ts, threadTs: message.thread_ts } }),
        );
        return;
      case "message_changed":
        if (message.message?.bot_id) return;
        await mirrorOrDrop("edit", () =>
          mirrorSlackEdit({ ctx: slackCtx, input: { eventId, channel: message.channel, user: message.message?.user, ts: message.message?.ts, text: message.message?.text } }),
        );
        return;
      case "message_deleted":
        if (message.previous_message?.bot_id) return;
        await mirrorOrDrop("deletion", () => mirrorSlackDeletion({ ctx: slackCtx, input: { eventId, channel: message.channel, ts: message.deleted_ts } }));
        return;
    }
  });
}
