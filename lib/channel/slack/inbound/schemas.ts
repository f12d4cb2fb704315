import { z } from "zod";

const id = z.string().min(1).max(64);
const ts = z.string().regex(/^\d+\.\d+$/, "must be a Slack ts");

/** The fields of Slack's events that the mirror reads; everything else in the payload is ignored. */
/** Another integration's post: its bot id, and the name it posted under when the payload says (`username`, `bot_profile.name`). */
const bot = z.object({ id, name: z.string().trim().max(200).optional() });

/** `eventTs`: when Slack says the event happened (its `event_ts`), which becomes the timeline event's time. */
export const slackMessageSchema = z
  .object({
    eventId: id.optional(),
    channel: id,
    user: id.optional(),
    bot: bot.optional(),
    text: z.string().max(40_000).default(""),
    ts,
    threadTs: ts.optional(),
  })
  .refine((message) => message.user !== undefined || message.bot !== undefined, { path: ["user"], message: "is required without a bot" });

/** `edited`: the message carries Slack's `edited` mark, which only a person's (or an app's) edit sets. */
export const slackEditSchema = z.object({ eventId: id.optional(), channel: id, user: id.optional(), bot: bot.optional(), ts, eventTs: ts.optional(), edited: z.boolean(), text: z.string().max(40_000).default("") });
export const slackDeletionSchema = z.object({ eventId: id.optional(), channel: id, ts, eventTs: ts.optional() });
export const slackReactionSchema = z.object({ eventId: id.optional(), channel: id, user: id, ts, eventTs: ts.optional(), reaction: z.string().min(1).max(100), removed: z.boolean() });
export const slackJoinSchema = z.object({ eventId: id.optional(), channel: id, user: id, eventTs: ts.optional() });

export type SlackMessageInput = z.infer<typeof slackMessageSchema>;
