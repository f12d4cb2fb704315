import { z } from "zod";

const id = z.string().min(1).max(64);
const ts = z.string().regex(/^\d+\.\d+$/, "must be a Slack ts");

/** The fields of Slack's events that the mirror reads; everything else in the payload is ignored. */
export const slackMessageSchema = z.object({
  eventId: id.optional(),
  channel: id,
  user: id,
  text: z.string().max(40_000).default(""),
  ts,
  threadTs: ts.optional(),
});

export const slackEditSchema = z.object({ eventId: id.optional(), channel: id, user: id.optional(), ts, text: z.string().max(40_000).default("") });
export const slackDeletionSchema = z.object({ eventId: id.optional(), channel: id, ts });
export const slackReactionSchema = z.object({ eventId: id.optional(), channel: id, user: id, ts, reaction: z.string().min(1).max(100), removed: z.boolean() });
export const slackJoinSchema = z.object({ eventId: id.optional(), channel: id, user: id });

export type SlackMessageInput = z.infer<typeof slackMessageSchema>;
