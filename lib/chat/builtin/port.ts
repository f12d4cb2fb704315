import type { ChatPort } from "../port";

/**
 * The built-in web channel renders the drill's participant-visible timeline itself,
 * so everything the control room posts is already there once the event is committed.
 */
export const builtinChat: ChatPort = {
  provider: "builtin",
  async queue() {},
};
