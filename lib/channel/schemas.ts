import { z } from "zod";
import { id, text } from "../input/text";

/**
 * The header a channel request carries its participant key in (the browser may import this file). Not
 * `Authorization`: that one carries staff API tokens, and a facilitator's browser or script may send both.
 */
export const PARTICIPANT_KEY_HEADER = "x-participant-key";

export const joinChannelSchema = z.object({
  displayName: text({ min: 1, max: 60 }),
});
/** The API body: with a participant key the name comes from the key, so it may be left out (the verb asks for it otherwise). */
export const joinChannelBodySchema = joinChannelSchema.partial();
/** Who posts comes from the participant key, so a `participantId` in the body is dropped like any unknown field. */
export const postMessageSchema = z.object({
  text: text({ min: 1, max: 4000 }),
});
export const acknowledgeInChannelSchema = z.object({ alertId: id() });
