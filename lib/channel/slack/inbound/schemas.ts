import { z } from "zod";
import { id as anId, storable, text } from "../../../input/text";

const id = anId({ max: 64 });
const ts = storable().regex(/^\d+\.\d+$/, "must be a Slack ts");
/** A message's text as Slack sends it: not trimmed (Slack keeps what people typed). */
const messageText = text({ max: 40_000, trim: false }).default("");

/** The fields of Slack's events that the mirror reads; everything else in the payload is ignored. */
/** Another integration's post: its bot id, and the name it posted under when the payload says (`username`, `bot_profile.name`). */
const bot = z.object({ id, name: text({ max: 200 }).optional() });

/** `eventTs`: when Slack says the event happened (its `event_ts`), which becomes the timeline event's time. */
export const slackMessageSchema = z
  .object({
    eventId: id.optional(),
    channel: id,
    user: id.optional(),
    bot: bot.optional(),
    text: messageText,
    ts,
    threadTs: ts.optional(),
  })
  .refine((message) => message.user !== undefined || message.bot !== undefined, { path: ["user"], message: "is required without a bot" });

/** `edited`: the message carries Slack's `edited` mark, which only a person's (or an app's) edit sets. */
export const slackEditSchema = z.object({ eventId: id.optional(), channel: id, user: id.optional(), bot: bot.optional(), ts, eventTs: ts.optional(), edited: z.boolean(), text: messageText });
export const slackDeletionSchema = z.object({ eventId: id.optional(), channel: id, ts, eventTs: ts.optional() });
export const slackReactionSchema = z.object({ eventId: id.optional(), channel: id, user: id, ts, eventTs: ts.optional(), reaction: text({ min: 1, max: 100, trim: false }), removed: z.boolean() });
export const slackJoinSchema = z.object({ eventId: id.optional(), channel: id, user: id, eventTs: ts.optional() });
