import type { Deliverer } from "../delivery";
import type { SlackEvent } from "../events";
import type { Channel, DeliveryResult, SlackUser, StoredMessage } from "../types";
import { EmulatorError, type Workspace } from "../workspace";
import type { ResponseUrls } from "./response-urls";

export interface DriverDeps {
  workspace: Workspace;
  deliverer: Deliverer;
  responseUrls: ResponseUrls;
  emitEvent(event: SlackEvent): Promise<DeliveryResult>;
  /** The emulator's own URL, for response_urls; known only once the server listens. */
  baseUrl(): string;
  verificationToken: string;
}

export function requireUser(workspace: Workspace, userId: string): SlackUser {
  const user = workspace.users.get(userId);
  if (!user) throw new EmulatorError(`unknown user ${userId}; add them with addUser first`, 404);
  return user;
}

export function requireChannel(workspace: Workspace, channelId: string): Channel {
  const channel = workspace.channels.get(channelId);
  if (!channel) throw new EmulatorError(`unknown channel ${channelId}`, 404);
  return channel;
}

/** A human can only act in an unarchived channel they are in, as in the Slack client. */
export function requireMembership(workspace: Workspace, userId: string, channelId: string): { user: SlackUser; channel: Channel } {
  const user = requireUser(workspace, userId);
  const channel = requireChannel(workspace, channelId);
  if (channel.is_archived) throw new EmulatorError(`channel ${channel.id} (#${channel.name}) is archived`);
  if (!channel.members.includes(user.id)) {
    throw new EmulatorError(`user ${user.id} (${user.name}) is not a member of ${channel.id} (#${channel.name}); join them first`);
  }
  return { user, channel };
}

export function requireMessage(workspace: Workspace, channelId: string, ts: string): StoredMessage {
  const message = workspace.findMessage(channelId, ts);
  if (!message || message.deleted) throw new EmulatorError(`no message ${ts} in channel ${channelId}`, 404);
  return message;
}
