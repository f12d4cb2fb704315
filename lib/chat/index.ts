import type { Tx } from "../context/transaction";
import { builtinChat } from "./builtin/port";
import type { ChannelPost, ChannelRef, ChatPort } from "./port";
import { slackChat } from "./slack/port";

const ports: Record<string, ChatPort> = { builtin: builtinChat, slack: slackChat };

/**
 * Says something in the drill's channel, inside the transaction of the change it announces:
 * it is delivered after the commit (or never, if the change rolls back).
 */
export async function queueChannelPost(tx: Tx, channel: ChannelRef, post: ChannelPost): Promise<void> {
  await chatPortFor(channel.provider).queue(tx, channel, post);
}

/** The port behind a drill's chat provider (the built-in channel when the provider is unknown). */
export function chatPortFor(provider: string): ChatPort {
  return ports[provider] ?? builtinChat;
}

export type { ChannelPost, ChannelRef, ChatPort };
