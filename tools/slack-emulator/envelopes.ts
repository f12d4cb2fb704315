/** The bodies Slack POSTs to an app's request URL, buildable on their own so benchmarks can sign their own. */
import { nowSeconds, slackId } from "./ids";
import type { Block } from "./types";

export const DEFAULT_VERIFICATION_TOKEN = "emulator-verification-token";

export interface EnvelopeOptions {
  teamId: string;
  appId: string;
  /** The bot user named in `authorizations`; the envelope is still valid without it. */
  botUserId?: string;
  eventId?: string;
  eventTime?: number;
  /** The legacy verification token; Bolt ignores it when a signing secret is set. */
  token?: string;
}

export interface EventEnvelope {
  token: string;
  team_id: string;
  api_app_id: string;
  event: Record<string, unknown> & { type: string; event_ts: string };
  type: "event_callback";
  event_id: string;
  event_time: number;
  authorizations: { enterprise_id: null; team_id: string; user_id: string; is_bot: true; is_enterprise_install: false }[];
  is_ext_shared_channel: false;
  event_context: string;
}

export function buildEventEnvelope(event: Record<string, unknown> & { type: string }, options: EnvelopeOptions): EventEnvelope {
  const eventTime = options.eventTime ?? nowSeconds();
  const eventTs = typeof event.event_ts === "string" ? event.event_ts : `${eventTime}.000000`;
  const channel = typeof event.channel === "string" ? event.channel : undefined;
  return {
    token: options.token ?? DEFAULT_VERIFICATION_TOKEN,
    team_id: options.teamId,
    api_app_id: options.appId,
    event: { ...event, event_ts: eventTs },
    type: "event_callback",
    event_id: options.eventId ?? slackId("Ev", 10),
    event_time: eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: options.teamId,
        user_id: options.botUserId ?? "",
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    // Opaque to apps; Slack's is "4-" + base64 of a small JSON about the event.
    event_context: `4-${Buffer.from(JSON.stringify({ et: event.type, tid: options.teamId, aid: options.appId, cid: channel })).toString("base64url")}`,
  };
}

export interface SlashCommandFields {
  token: string;
  team_id: string;
  team_domain: string;
  channel_id: string;
  channel_name: string;
  user_id: string;
  user_name: string;
  command: string;
  text: string;
  api_app_id: string;
  response_url: string;
  trigger_id: string;
  is_enterprise_install?: string;
}

/** Slash commands arrive form-encoded, every field a string. */
export function buildSlashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({ is_enterprise_install: "false", ...fields }).toString();
}

export interface BlockActionsInput {
  teamId: string;
  teamDomain: string;
  appId: string;
  token?: string;
  user: { id: string; name: string };
  channel: { id: string; name: string };
  messageTs: string;
  /** The clicked message; Slack leaves it out for ephemeral messages. */
  message?: Record<string, unknown>;
  isEphemeral?: boolean;
  responseUrl: string;
  triggerId: string;
  action: { action_id: string; block_id: string; value?: string; text?: unknown; type?: string };
}

export function buildBlockActionsPayload(input: BlockActionsInput): Record<string, unknown> {
  const { action } = input;
  const payload: Record<string, unknown> = {
    type: "block_actions",
    user: { id: input.user.id, username: input.user.name, name: input.user.name, team_id: input.teamId },
    api_app_id: input.appId,
    token: input.token ?? DEFAULT_VERIFICATION_TOKEN,
    container: {
      type: "message",
      message_ts: input.messageTs,
      channel_id: input.channel.id,
      is_ephemeral: input.isEphemeral ?? false,
    },
    trigger_id: input.triggerId,
    team: { id: input.teamId, domain: input.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: input.channel,
    state: { values: {} },
    response_url: input.responseUrl,
    actions: [
      {
        action_id: action.action_id,
        block_id: action.block_id,
        text: action.text ?? { type: "plain_text", text: action.action_id, emoji: true },
        value: action.value,
        type: action.type ?? "button",
        action_ts: `${(Date.now() / 1000).toFixed(6)}`,
      },
    ],
  };
  if (input.message) payload.message = input.message;
  return payload;
}

/** Interactivity arrives form-encoded with the JSON in a single `payload` field. */
export function encodeInteractionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The button with this action_id among a message's blocks, with the block it sits in. */
export function findButton(
  blocks: Block[] | undefined,
  actionId: string,
): { blockId: string; element: Record<string, unknown> } | undefined {
  for (const [index, block] of (blocks ?? []).entries()) {
    const candidates: unknown[] = [];
    if (Array.isArray(block.elements)) candidates.push(...block.elements);
    if (block.accessory) candidates.push(block.accessory);
    for (const candidate of candidates) {
      if (!candidate || typeof candidate !== "object") continue;
      const element = candidate as Record<string, unknown>;
      if (element.type === "button" && element.action_id === actionId) {
        // Slack fills in a block_id when the app left it out; any stable string is faithful enough.
        return { blockId: block.block_id ?? `block-${index}`, element };
      }
    }
  }
  return undefined;
}
