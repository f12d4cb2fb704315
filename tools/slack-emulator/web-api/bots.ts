import { type ApiMethod, requiredString, SlackApiError } from "./context";

/** bots.info: how apps name a `bot_message` that carries only a bot_id. */
const info: ApiMethod = (ctx, args) => {
  const bot = ctx.workspace.botInfo(requiredString(args, "bot", "bot_not_found"));
  if (!bot) throw new SlackApiError("bot_not_found");
  return { bot };
};

export const botMethods: Record<string, ApiMethod> = { "bots.info": info };
