import type { Ctx } from "../../../context";
import { AppError } from "../../../errors";
import { logger } from "../../../logger";
import { mirrorSlots } from "../inbound/limit";

/** Slack deliveries act as the people who caused them; the verbs put the Slack user in the actor. */
export const slackCtx: Ctx = { actor: { type: "system", name: "Slack" } };

/** Why a person's action in Slack was refused, as plain text (escape it to send): deliberate errors say why, anything else is logged. */
export function refusalText(error: unknown): string {
  if (error instanceof AppError && error.status < 500) return error.message;
  logger.error({ err: error }, "a Slack action failed");
  return "Something went wrong on the drillroom side; the facilitators can see it in the logs.";
}

/**
 * Runs a mirror verb in one of the instance's mirror slots. Events for drills that cannot take them
 * (closed, not started) are dropped; anything else fails the event, which the inbox then retries.
 */
export async function mirrorOrDrop(what: string, run: () => Promise<unknown>): Promise<void> {
  await mirrorSlots(async () => {
    try {
      await run();
    } catch (error) {
      if (error instanceof AppError && error.status < 500) logger.info({ reason: error.message }, `Slack ${what} not mirrored`);
      else throw error;
    }
  });
}
