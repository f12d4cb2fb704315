import type { Channel, DeliveryResult } from "../types";
import type { Workspace } from "../workspace";

export type ApiArgs = Record<string, unknown>;

export interface ApiContext {
  workspace: Workspace;
  /** Delivers an event to the app; callers do not wait, the deliverer tracks it. */
  emitEvent(event: Record<string, unknown> & { type: string }): Promise<DeliveryResult>;
}

/** The fields of a successful answer; `ok: true` is added by the router. */
export type ApiMethod = (ctx: ApiContext, args: ApiArgs) => Record<string, unknown>;

/** A Slack `{ok:false, error}` answer, with any extra fields Slack adds (e.g. invite's `errors`). */
export class SlackApiError extends Error {
  constructor(
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "SlackApiError";
  }
}

export function optionalString(args: ApiArgs, name: string): string | undefined {
  const value = args[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new SlackApiError("invalid_arguments");
}

/** Slack answers a missing required argument with a method-specific error, hence the parameter. */
export function requiredString(args: ApiArgs, name: string, missingError: string): string {
  const value = optionalString(args, name);
  if (value === undefined || value === "") throw new SlackApiError(missingError);
  return value;
}

export function booleanArg(args: ApiArgs, name: string): boolean {
  const value = args[name];
  return value === true || value === "true" || value === "1" || value === 1;
}

export function integerArg(args: ApiArgs, name: string, fallback: number): number {
  const value = optionalString(args, name);
  if (value === undefined || value === "") return fallback;
  const parsed = Number.parseInt(value, 10);
  if (Number.isNaN(parsed)) throw new SlackApiError("invalid_arguments");
  return parsed;
}

/** Form-encoded calls carry nested values (blocks) as JSON strings. */
export function jsonArg(args: ApiArgs, name: string, invalidError: string): unknown {
  const value = args[name];
  if (typeof value !== "string") return value;
  if (value === "") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw new SlackApiError(invalidError);
  }
}

/** By id; chat.postMessage also takes a name ("#general" or "general"), so `byName` allows that. */
export function findChannel(ctx: ApiContext, args: ApiArgs, byName = false): Channel {
  const id = requiredString(args, "channel", "channel_not_found");
  const channel = ctx.workspace.channels.get(id) ?? (byName ? ctx.workspace.channelByName(id.replace(/^#/, "")) : undefined);
  if (!channel) throw new SlackApiError("channel_not_found");
  return channel;
}

/** A channel the bot may change: it exists, is not archived, and the bot is in it. */
export function findWritableChannel(ctx: ApiContext, args: ApiArgs, byName = false): Channel {
  const channel = findChannel(ctx, args, byName);
  if (channel.is_archived) throw new SlackApiError("is_archived");
  if (!channel.members.includes(ctx.workspace.botUser.id)) throw new SlackApiError("not_in_channel");
  return channel;
}
