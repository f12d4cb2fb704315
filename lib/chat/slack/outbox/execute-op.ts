import { ErrorCode, type WebAPICallError, type WebClient } from "@slack/web-api";
import type { Db } from "../../../db/client";
import type { Tx } from "../../../context/transaction";
import { channelName } from "../channel-name";
import type { SlackOp } from "./ops";

export type OpOutcome =
  /** Done; `record` runs in the transaction that marks the op sent (the channel id, a message's ts). */
  | { kind: "sent"; record?: (tx: Tx) => Promise<unknown> }
  | { kind: "retry"; afterMs: number; error: string }
  | { kind: "failed"; error: string }
  | { kind: "skipped"; reason: string };

const MAX_NAME_ATTEMPTS = 25;
// Errors that a person fixes (a revoked token, a missing scope): keep the queue and keep trying.
const CONFIGURATION_ERRORS = new Set(["not_authed", "invalid_auth", "account_inactive", "token_revoked", "token_expired", "missing_scope", "no_permission", "ratelimited", "fatal_error", "internal_error", "service_unavailable", "request_timeout"]);

/** Performs one outbox op against Slack and says what became of it. Never throws. */
export async function executeSlackOp(db: Db, client: WebClient, drillId: string, op: SlackOp, attempt: number, backoffBaseMs = 1000): Promise<OpOutcome> {
  try {
    if (op.kind === "create_channel") return await createChannel(client, drillId, op);
    const channel = await db.slackChannel.findUnique({ where: { drillId } });
    if (!channel) return { kind: "skipped", reason: "the drill has no Slack channel (it was never declared, or creating it failed)" };
    switch (op.kind) {
      case "set_topic":
        await client.conversations.setTopic({ channel: channel.channelId, topic: op.topic });
        return { kind: "sent" };
      case "set_purpose":
        await client.conversations.setPurpose({ channel: channel.channelId, purpose: op.purpose });
        return { kind: "sent" };
      case "invite":
        return await invite(client, channel.channelId, op.userIds);
      case "post": {
        const answer = await client.chat.postMessage({ channel: channel.channelId, text: op.text, blocks: op.blocks });
        const ts = answer.ts;
        if (!op.ref || !ts) return { kind: "sent" };
        const ref = op.ref;
        return { kind: "sent", record: (tx) => tx.slackMessage.upsert({ where: { drillId_ref: { drillId, ref } }, create: { drillId, ref, channelId: channel.channelId, ts }, update: { ts } }) };
      }
      case "update": {
        const message = await db.slackMessage.findUnique({ where: { drillId_ref: { drillId, ref: op.ref } } });
        if (!message) return { kind: "skipped", reason: `no message ${op.ref} was posted` };
        await client.chat.update({ channel: message.channelId, ts: message.ts, text: op.text, blocks: op.blocks });
        return { kind: "sent" };
      }
      case "archive":
        await client.conversations.archive({ channel: channel.channelId });
        return { kind: "sent", record: (tx) => tx.slackChannel.update({ where: { drillId }, data: { archivedAt: new Date() } }) };
    }
  } catch (error) {
    return outcomeOfError(error as WebAPICallError, op, Math.min(60_000, backoffBaseMs * 2 ** Math.max(0, attempt - 1)));
  }
}

async function createChannel(client: WebClient, drillId: string, op: Extract<SlackOp, { kind: "create_channel" }>): Promise<OpOutcome> {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt += 1) {
    const name = channelName(op.pattern, { title: op.title, drillId, at: new Date(op.at) }, attempt);
    try {
      const answer = await client.conversations.create({ name, is_private: false });
      const channelId = answer.channel?.id;
      if (!channelId) return { kind: "failed", error: "Slack created the channel but returned no id" };
      const created = answer.channel?.name ?? name;
      return { kind: "sent", record: (tx) => tx.slackChannel.create({ data: { drillId, channelId, name: created } }) };
    } catch (error) {
      if (platformError(error) !== "name_taken") throw error;
    }
  }
  return { kind: "failed", error: `every channel name up to suffix -${MAX_NAME_ATTEMPTS} is taken` };
}

/** Invites everyone it can; people already in the channel count as invited. */
async function invite(client: WebClient, channel: string, userIds: string[]): Promise<OpOutcome> {
  try {
    await client.conversations.invite({ channel, users: userIds.join(","), force: true });
    return { kind: "sent" };
  } catch (error) {
    const code = platformError(error);
    if (code === "already_in_channel" || code === "cant_invite_self") return { kind: "sent" };
    const failures = ((error as { data?: { errors?: { user: string; error: string }[] } }).data?.errors ?? []).filter((failure) => failure.error !== "already_in_channel");
    if (failures.length && failures.length < userIds.length) return { kind: "sent" }; // force: the others were invited
    throw error;
  }
}

function platformError(error: unknown): string | undefined {
  const call = error as WebAPICallError;
  return call.code === ErrorCode.PlatformError ? call.data.error : undefined;
}

/** `backoff`: how long to wait before trying again after an error that is not a rate limit. */
function outcomeOfError(error: WebAPICallError, op: SlackOp, backoff: number): OpOutcome {
  switch (error.code) {
    case ErrorCode.RateLimitedError:
      return { kind: "retry", afterMs: Math.max(1, error.retryAfter) * 1000, error: `rate limited by Slack (Retry-After ${error.retryAfter}s)` };
    case ErrorCode.HTTPError:
      return error.statusCode >= 500 || error.statusCode === 429 ? { kind: "retry", afterMs: backoff, error: `Slack answered HTTP ${error.statusCode}` } : { kind: "failed", error: `Slack answered HTTP ${error.statusCode}` };
    case ErrorCode.RequestError:
      return { kind: "retry", afterMs: backoff, error: `could not reach Slack: ${error.original?.message ?? error.message}` };
    case ErrorCode.PlatformError: {
      const code = error.data.error;
      if (CONFIGURATION_ERRORS.has(code)) return { kind: "retry", afterMs: backoff, error: `Slack said ${code}` };
      if (op.kind === "archive" && code === "already_archived") return { kind: "sent" };
      return { kind: "failed", error: `Slack said ${code}` };
    }
    default:
      return { kind: "retry", afterMs: backoff, error: (error as Error).message ?? String(error) };
  }
}
