import { logger } from "../../logger";
import { slackClient } from "./client";

export interface BotIdentity {
  userId: string;
  botId: string | null;
}

// Per client: a test or tool that points the bot at another Slack (useSlackConfig) gets that workspace's identity.
let cached: { client: ReturnType<typeof slackClient>; identity: Promise<BotIdentity | null> } | undefined;

/** The bot's own user and bot ids (auth.test, once per Slack client): its joins and posts are not participants'. */
export function botIdentity(): Promise<BotIdentity | null> {
  const client = slackClient();
  if (cached?.client === client) return cached.identity;
  const entry: NonNullable<typeof cached> = {
    client,
    identity: client.auth
      .test()
      .then((answer) => (answer.user_id ? { userId: answer.user_id, botId: answer.bot_id ?? null } : null))
      .catch((error: unknown) => {
        logger.warn({ err: error }, "auth.test failed; will ask again");
        if (cached === entry) cached = undefined;
        return null;
      }),
  };
  cached = entry;
  return entry.identity;
}

export async function botUserId(): Promise<string | null> {
  return (await botIdentity())?.userId ?? null;
}

/**
 * Whether a message is the drill bot's own post (already on the timeline as what it announces).
 * Throws while the bot's identity is unknown: the event then fails and is retried from the inbox,
 * rather than mirroring the bot's own alerts or dropping another integration's message.
 */
export async function isOwnPost(message: { user?: unknown; bot_id?: unknown }): Promise<boolean> {
  const self = await botIdentity();
  if (!self) throw new Error("the bot's own Slack identity is not known yet (auth.test failed)");
  return message.user === self.userId || (self.botId !== null && message.bot_id === self.botId);
}
