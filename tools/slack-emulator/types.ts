/** Shapes of the emulated workspace. Field names follow Slack's own JSON so objects can be returned as-is. */

export type Block = Record<string, unknown> & { type: string; block_id?: string };

export interface SlackUser {
  id: string;
  team_id: string;
  name: string;
  real_name: string;
  deleted: boolean;
  is_bot: boolean;
  is_admin: boolean;
  tz: string;
  profile: { email?: string; real_name: string; display_name: string; bot_id?: string };
}

/** Another integration in the workspace (an incoming webhook, a monitoring app), as bots.info shows it. */
export interface SlackBot {
  id: string;
  deleted: boolean;
  name: string;
  updated: number;
  app_id: string;
  user_id: string;
  icons: Record<string, string>;
}

export interface Channel {
  id: string;
  name: string;
  created: number;
  creator: string;
  is_channel: boolean;
  is_group: boolean;
  is_im: false;
  is_private: boolean;
  is_archived: boolean;
  is_general: false;
  is_shared: false;
  is_ext_shared: false;
  is_org_shared: false;
  topic: { value: string; creator: string; last_set: number };
  purpose: { value: string; creator: string; last_set: number };
  /** In join order; the bot is a member of the channels it created. */
  members: string[];
}

export interface Reaction {
  name: string;
  users: string[];
  count: number;
}

export interface StoredMessage {
  type: "message";
  channel: string;
  user: string;
  text: string;
  ts: string;
  blocks?: Block[];
  bot_id?: string;
  app_id?: string;
  thread_ts?: string;
  parent_user_id?: string;
  reply_count?: number;
  reply_users?: string[];
  latest_reply?: string;
  edited?: { user: string; ts: string };
  reactions?: Reaction[];
  /** Slack forgets deleted messages; the emulator keeps them (hidden from the Web API) so the UI can mark them. */
  deleted?: boolean;
}

export interface Ephemeral {
  channel: string;
  user: string;
  text: string;
  blocks?: Block[];
  message_ts: string;
  thread_ts?: string;
  /** chat.postEphemeral, a response_url post, a slash command's ack body, or Slackbot saying a command failed. */
  source: "chat.postEphemeral" | "response_url" | "ack" | "slackbot";
  at: number;
  /** Set when the app answered a click on it with delete_original. */
  deleted?: boolean;
}

/** A JSON body the app posted to a response_url, or the body of a slash command's ack. */
export interface ResponseRecord {
  id: string;
  via: "response_url" | "ack";
  origin: "command" | "block_actions";
  channel: string;
  user: string;
  body: Record<string, unknown>;
  response_type: "ephemeral" | "in_channel";
  text?: string;
  blocks?: Block[];
  replace_original?: boolean;
  delete_original?: boolean;
  at: number;
}

export interface ApiCall {
  method: string;
  /** Arguments as received, tokens removed. */
  args: Record<string, unknown>;
  status: number;
  ok: boolean;
  error?: string;
  /** Which fault answered, when one did. */
  fault?: "rateLimit" | "serverError" | "down";
  at: number;
}

export interface DeliveryAttempt {
  retryNum: number;
  status?: number;
  /** "http_timeout", "connection_failed: …", or "no_deliver_to". */
  error?: string;
  ms: number;
}

export type DeliveryKind = "event" | "command" | "block_actions" | "view_submission" | "raw";

export interface DeliveryResult {
  kind: DeliveryKind;
  eventId?: string;
  /** The event's type for events, the command for commands, the action_id for clicks. */
  label?: string;
  attempts: DeliveryAttempt[];
  delivered: boolean;
  /** HTTP status and body of the last attempt that got an answer; body parsed when it is JSON. */
  status?: number;
  body?: unknown;
}

/** A trigger_id handed to the app with a click or a command: exchangeable once, for a few seconds, by views.open. */
export interface Trigger {
  id: string;
  user: string;
  channel: string;
  issuedAt: number;
  exchanged: boolean;
}

/** A view object as views.open returns it and view_submission carries it (Slack's field names). */
export type ViewObject = Record<string, unknown> & { id: string; type: "modal"; blocks: Block[]; hash: string };

/** What the app answered to a view_submission, as Slack's client would act on it. */
export type ViewOutcome =
  /** 200 with an empty body (or `response_action: "clear"`): the modal closes. */
  | { kind: "closed" }
  | { kind: "cleared" }
  | { kind: "errors"; errors: Record<string, string> }
  | { kind: "updated"; view: ViewObject }
  | { kind: "pushed"; view: ViewObject }
  /** Not acknowledged in time, or an error status: Slack shows "We had some trouble connecting" and keeps the modal. */
  | { kind: "failed"; reason: string };

/** A modal open in someone's client, and every submission of it. */
export interface OpenView {
  view: ViewObject;
  user: string;
  /** The channel of the interaction whose trigger opened it. */
  channel: string;
  open: boolean;
  openedAt: number;
  submissions: { at: number; values: Record<string, Record<string, unknown>>; outcome: ViewOutcome }[];
}
