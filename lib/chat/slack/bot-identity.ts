import { logger } from "../../logger";
import { slackClient } from "./client";

let cached: Promise<string | null> | undefined;

/** The bot's own user id (auth.test, once): its joins and posts are not participants'. */
export function botUserId(): Promise<string | null> {
  cached ??= slackClient()
    .auth.test()
    .then((answer) => answer.user_id ?? null)
    .catch((error: unknown) => {
      logger.warn({ err: error }, "auth.test failed; will ask again");
      cached = undefined;
      return null;
    });
  return cached;
}
