import { memberJoinedEvent } from "../events";
import { type ApiMethod, booleanArg, findWritableChannel, optionalString, SlackApiError } from "./context";
import { channelView } from "./conversations";

interface InviteFailure {
  user: string;
  ok: false;
  error: string;
}

/**
 * Invites several users at once. Any failure makes the answer `ok:false` with one entry per failed
 * user; only with `force` are the valid users still invited, as in Slack.
 */
const invite: ApiMethod = (ctx, args) => {
  const { workspace } = ctx;
  const channel = findWritableChannel(ctx, args);
  const requested = (optionalString(args, "users") ?? "").split(",").map((id) => id.trim()).filter(Boolean);
  const userIds = [...new Set(requested)];
  if (userIds.length === 0) throw new SlackApiError("no_user");

  const failures: InviteFailure[] = [];
  const valid: string[] = [];
  for (const userId of userIds) {
    const error =
      userId === workspace.botUser.id
        ? "cant_invite_self"
        : !workspace.users.has(userId)
          ? "user_not_found"
          : channel.members.includes(userId)
            ? "already_in_channel"
            : undefined;
    if (error) failures.push({ user: userId, ok: false, error });
    else valid.push(userId);
  }

  if (failures.length === 0 || booleanArg(args, "force")) {
    for (const userId of valid) {
      workspace.addMember(channel, userId);
      void ctx.emitEvent(memberJoinedEvent(channel, userId, workspace.identity.teamId, workspace.nextTs(), workspace.botUser.id));
    }
  }
  const first = failures[0];
  if (first) throw new SlackApiError(first.error, { errors: failures });
  return { channel: channelView(channel, workspace.botUser.id) };
};

export const memberMethods: Record<string, ApiMethod> = {
  "conversations.invite": invite,
};
