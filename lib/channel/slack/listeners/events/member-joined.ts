import type { App } from "@slack/bolt";
import { botUserId } from "../../../../chat/slack/bot-identity";
import { mirrorSlackJoin } from "../../inbound/mirror-join";
import { mirrorOrDrop, slackCtx } from "../context";

export function registerJoinListener(app: App): void {
  app.event("member_joined_channel", async ({ event, body }) => {
    if (event.user === (await botUserId())) return;
    await mirrorOrDrop("join", () => mirrorSlackJoin({ ctx: slackCtx, input: { eventId: body.event_id, channel: event.channel, user: event.user, eventTs: event.event_ts } }));
  });
}
