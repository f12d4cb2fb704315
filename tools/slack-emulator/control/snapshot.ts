import type { FaultsSnapshot } from "../faults";
import type { Workspace } from "../workspace";

/** The whole workspace as JSON, or one channel's slice of it. */
export function workspaceSnapshot(
  workspace: Workspace,
  extra: { deliverTo: string | undefined; faults: FaultsSnapshot },
  channelId?: string,
): Record<string, unknown> {
  const inScope = (id: string | undefined) => !channelId || id === channelId;
  const channels = [...workspace.channels.values()].filter((channel) => inScope(channel.id));
  return {
    team: { id: workspace.identity.teamId, name: workspace.identity.teamName, domain: workspace.identity.teamDomain },
    bot: {
      userId: workspace.identity.botUserId,
      botId: workspace.identity.botId,
      appId: workspace.identity.appId,
      name: workspace.identity.botName,
    },
    deliverTo: extra.deliverTo ?? null,
    faults: extra.faults,
    users: [...workspace.users.values()],
    channels,
    messages: Object.fromEntries(channels.map((channel) => [channel.id, workspace.messagesOf(channel.id)])),
    ephemerals: workspace.ephemerals.filter((ephemeral) => inScope(ephemeral.channel)),
    responses: workspace.responses.filter((response) => inScope(response.channel)),
    calls: workspace.calls.filter((call) => !channelId || call.args.channel === channelId),
    views: [...workspace.views.values()].filter((view) => inScope(view.channel)),
    deliveries: workspace.deliveries,
  };
}
