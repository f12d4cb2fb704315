import { logger } from "../logger";
import { builtinChat } from "./builtin/port";
import type { ChannelPost, ChannelRef, ChatPort } from "./port";

const ports: Record<string, ChatPort> = { builtin: builtinChat };

/** Posting is best effort after the commit: the timeline already holds the truth. */
export async function postToChannel(channel: ChannelRef, post: ChannelPost): Promise<void> {
  const port = ports[channel.provider] ?? builtinChat;
  try {
    await port.post(channel, post);
  } catch (error) {
    logger.error({ err: error, drillId: channel.drillId, kind: post.kind }, "posting to the drill channel failed");
  }
}

/** The port behind a drill's chat provider (the built-in channel when the provider is unknown). */
export function chatPortFor(provider: string): ChatPort {
  return ports[provider] ?? builtinChat;
}

export type { ChannelPost, ChannelRef, ChatPort };
