import { type ApiMethod, requiredString, SlackApiError } from "./context";

const authTest: ApiMethod = (ctx) => {
  const { identity } = ctx.workspace;
  return {
    url: `https://${identity.teamDomain}.slack.com/`,
    team: identity.teamName,
    user: identity.botName,
    team_id: identity.teamId,
    user_id: identity.botUserId,
    bot_id: identity.botId,
    is_enterprise_install: false,
  };
};

const lookupByEmail: ApiMethod = (ctx, args) => {
  const email = requiredString(args, "email", "users_not_found");
  const user = ctx.workspace.userByEmail(email);
  if (!user) throw new SlackApiError("users_not_found");
  return { user };
};

const info: ApiMethod = (ctx, args) => {
  const user = ctx.workspace.anyUser(requiredString(args, "user", "user_not_found"));
  if (!user) throw new SlackApiError("user_not_found");
  return { user };
};

const list: ApiMethod = (ctx) => ({
  members: [ctx.workspace.botUser, ...ctx.workspace.users.values()],
  response_metadata: { next_cursor: "" },
});

export const userMethods: Record<string, ApiMethod> = {
  "auth.test": authTest,
  "users.lookupByEmail": lookupByEmail,
  "users.info": info,
  "users.list": list,
};
