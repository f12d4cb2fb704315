/** Slash commands and button clicks: form-encoded, signed, sent once, each with a response_url back here. */
import {
  buildBlockActionsPayload,
  buildSlashCommandBody,
  encodeInteractionBody,
  findButton,
} from "../envelopes";
import { publicMessage } from "../events";
import { triggerId } from "../ids";
import type { DeliveryResult, ResponseRecord } from "../types";
import { EmulatorError } from "../workspace";
import { type DriverDeps, requireMembership } from "./deps";

export interface InteractionResult extends DeliveryResult {
  responseId: string;
  responseUrl: string;
  triggerId: string;
  /** The nth (1-based) JSON body the app posts to this response_url. */
  awaitResponse(timeoutMs?: number, nth?: number): Promise<ResponseRecord>;
}

function withResponseUrl(deps: DriverDeps, delivery: DeliveryResult, responseId: string, trigger: string): InteractionResult {
  return {
    ...delivery,
    responseId,
    responseUrl: responseUrlFor(deps, responseId),
    triggerId: trigger,
    awaitResponse: (timeoutMs, nth) => deps.responseUrls.wait(responseId, timeoutMs, nth),
  };
}

function responseUrlFor(deps: DriverDeps, responseId: string): string {
  return `${deps.baseUrl()}/_emulator/respond/${responseId}`;
}

export async function command(
  deps: DriverDeps,
  userId: string,
  channelId: string,
  text: string,
  options: { command?: string } = {},
): Promise<InteractionResult> {
  const { workspace } = deps;
  const { user, channel } = requireMembership(workspace, userId, channelId);
  const name = options.command ?? "/drill";
  if (!name.startsWith("/")) throw new EmulatorError(`a command starts with "/", got ${JSON.stringify(name)}`);
  const responseId = deps.responseUrls.register({ origin: "command", channel: channel.id, user: user.id });
  const trigger = deps.workspace.issueTrigger({ id: triggerId(), user: user.id, channel: channel.id }).id;
  const body = buildSlashCommandBody({
    token: deps.verificationToken,
    team_id: workspace.identity.teamId,
    team_domain: workspace.identity.teamDomain,
    channel_id: channel.id,
    channel_name: channel.name,
    user_id: user.id,
    user_name: user.name,
    command: name,
    text,
    api_app_id: workspace.identity.appId,
    response_url: responseUrlFor(deps, responseId),
    trigger_id: trigger,
  });
  const delivery = await deps.deliverer.deliverForm("command", name, body);
  if (delivery.delivered) deps.responseUrls.receiveAck(responseId, delivery.body);
  else showCommandFailure(deps, { channel: channel.id, user: user.id, command: name, delivery });
  return withResponseUrl(deps, delivery, responseId, trigger);
}

/** Slack does not retry a command; it tells the person it failed, in these words. */
function showCommandFailure(deps: DriverDeps, input: { channel: string; user: string; command: string; delivery: DeliveryResult }): void {
  const timedOut = input.delivery.attempts.some((attempt) => attempt.error === "http_timeout");
  deps.workspace.ephemerals.push({
    channel: input.channel,
    user: input.user,
    text: `${input.command} failed with the error "${timedOut ? "operation_timeout" : "dispatch_failed"}"`,
    message_ts: deps.workspace.nextTs(),
    source: "slackbot",
    at: Date.now(),
  });
}

/** Clicks a button found by action_id on a channel message, or on an ephemeral shown to this user. */
export async function click(
  deps: DriverDeps,
  userId: string,
  channelId: string,
  messageTs: string,
  actionId: string,
  options: { value?: string } = {},
): Promise<InteractionResult> {
  const { workspace } = deps;
  const { user, channel } = requireMembership(workspace, userId, channelId);
  const message = workspace.findMessage(channel.id, messageTs);
  const ephemeral = message
    ? undefined
    : workspace.ephemerals.find((candidate) => candidate.channel === channel.id && candidate.user === user.id && candidate.message_ts === messageTs);
  if ((!message || message.deleted) && (!ephemeral || ephemeral.deleted)) {
    throw new EmulatorError(`no message ${messageTs} in ${channel.id} that ${user.id} can see`, 404);
  }
  const button = findButton(message?.blocks ?? ephemeral?.blocks, actionId);
  if (!button) throw new EmulatorError(`message ${messageTs} has no button with action_id ${JSON.stringify(actionId)}`, 404);

  const isEphemeral = !message;
  const responseId = deps.responseUrls.register({ origin: "block_actions", channel: channel.id, user: user.id, messageTs, isEphemeral });
  const trigger = deps.workspace.issueTrigger({ id: triggerId(), user: user.id, channel: channel.id }).id;
  const buttonValue = typeof button.element.value === "string" ? button.element.value : undefined;
  const payload = buildBlockActionsPayload({
    teamId: workspace.identity.teamId,
    teamDomain: workspace.identity.teamDomain,
    appId: workspace.identity.appId,
    token: deps.verificationToken,
    user: { id: user.id, name: user.name },
    channel: { id: channel.id, name: channel.name },
    messageTs,
    ...(message ? { message: structuredClone(publicMessage(message)) } : {}),
    isEphemeral,
    responseUrl: responseUrlFor(deps, responseId),
    triggerId: trigger,
    action: {
      action_id: actionId,
      block_id: button.blockId,
      value: options.value ?? buttonValue,
      text: button.element.text,
      type: "button",
    },
  });
  const delivery = await deps.deliverer.deliverForm("block_actions", actionId, encodeInteractionBody(payload));
  return withResponseUrl(deps, delivery, responseId, trigger);
}
