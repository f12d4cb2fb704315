import type { App } from "@slack/bolt";
import { mirrorSlackReaction } from "../../inbound/mirror-reaction";
import { mirrorOrDrop, slackCtx } from "../context";

export function registerReactionListeners(app: App): void {
  for (const type of ["reaction_added", "reaction_removed"] as const) {
    app.event(type, async ({ event, body }) => {
      if (event.item.type !== "message") return;
      const input = { eventId: body.event_id, channel: event.item.channel, user: event.user, ts: event.item.ts, eventTs: event.event_ts, reaction: event.reaction, removed: type === "reaction_removed" };
      await mirrorOrDrop("reaction", () => mirrorSlackReaction({ ctx: slackCtx, input }));
    });
  }
}
