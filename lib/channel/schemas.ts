import { z } from "zod";

/**
 * The header a channel request carries its participant key in (the browser may import this file). Not
 * `Authorization`: that one carries staff API tokens, and a facilitator's browser or script may send both.
 */
export const PARTICIPANT_KEY_HEADER = "x-participant-key";

export const joinChannelSchema = z.object({
  displayName: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters"),
});
/** Who posts comes from the participant key, so a `participantId` in the body is dropped like any unknown field. */
export const postMessageSchema = z.object({
  text: z.string().trim().min(1, "is required").max(4000, "must be at most 4000 characters"),
});
export const acknowledgeInChannelSchema = z.object({ alertId: z.string().min(1, "is required").max(200, "is too long") });
