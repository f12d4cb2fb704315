import { nowSeconds, slackId, TsClock } from "./ids";
import type {
  ApiCall,
  Block,
  Channel,
  DeliveryResult,
  Ephemeral,
  OpenView,
  ResponseRecord,
  SlackBot,
  SlackUser,
  StoredMessage,
  Trigger,
} from "./types";

export interface WorkspaceIdentity {
  teamId: string;
  teamName: string;
  teamDomain: string;
  botUserId: string;
  botId: string;
  botName: string;
  appId: string;
}

export interface NewUser {
  id?: string;
  name: string;
  realName?: string;
  email?: string;
}

/** Thrown for driver misuse (unknown user, not a member…); the control API answers it with 400. */
export class EmulatorError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
    this.name = "EmulatorError";
  }
}

/** The in-memory workspace. Plain data, so tests can read it directly and the control API can serialise it. */
export class Workspace {
  readonly users = new Map<string, SlackUser>();
  readonly channels = new Map<string, Channel>();
  /** Per channel, oldest first, thread replies included. */
  readonly messages = new Map<string, StoredMessage[]>();
  readonly ephemerals: Ephemeral[] = [];
  readonly responses: ResponseRecord[] = [];
  readonly calls: ApiCall[] = [];
  readonly deliveries: DeliveryResult[] = [];
  /** Other integrations; the app's own bot is answered from `identity`. */
  readonly bots = new Map<string, SlackBot>();
  /** trigger_ids handed out with clicks and commands, by id. */
  readonly triggers = new Map<string, Trigger>();
  /** Modals opened with views.open, by view id (V…), open or closed. */
  readonly views = new Map<string, OpenView>();
  /** Slack: "trigger_ids expire three seconds after they're sent to your app". */
  triggerTtlMs = 3000;
  readonly botUser: SlackUser;
  private readonly clock = new TsClock();

  constructor(readonly identity: WorkspaceIdentity) {
    this.botUser = {
      id: identity.botUserId,
      team_id: identity.teamId,
      name: identity.botName,
      real_name: identity.botName,
      deleted: false,
      is_bot: true,
      is_admin: false,
      tz: "UTC",
      profile: { real_name: identity.botName, display_name: identity.botName, bot_id: identity.botId },
    };
  }

  issueTrigger(input: { id: string; user: string; channel: string }): Trigger {
    const trigger: Trigger = { ...input, issuedAt: Date.now(), exchanged: false };
    this.triggers.set(trigger.id, trigger);
    return trigger;
  }

  /** The views a person has open, oldest first. */
  openViewsOf(userId: string): OpenView[] {
    return [...this.views.values()].filter((view) => view.user === userId && view.open);
  }

  nextTs(): string {
    return this.clock.next();
  }

  addUser(input: NewUser): SlackUser {
    const id = input.id ?? slackId("U");
    if (this.users.has(id) || id === this.identity.botUserId) throw new EmulatorError(`user id ${id} is taken`);
    if (input.email && this.userByEmail(input.email)) throw new EmulatorError(`email ${input.email} is taken`);
    const realName = input.realName ?? input.name;
    const user: SlackUser = {
      id,
      team_id: this.identity.teamId,
      name: input.name,
      real_name: realName,
      deleted: false,
      is_bot: false,
      is_admin: false,
      tz: "UTC",
      profile: { email: input.email, real_name: realName, display_name: input.name },
    };
    this.users.set(id, user);
    return user;
  }

  addBot(input: { id?: string; name: string }): SlackBot {
    const id = input.id ?? slackId("B");
    if (this.bots.has(id) || id === this.identity.botId) throw new EmulatorError(`bot id ${id} is taken`);
    const bot: SlackBot = { id, deleted: false, name: input.name, updated: nowSeconds(), app_id: slackId("A"), user_id: slackId("U"), icons: {} };
    this.bots.set(id, bot);
    return bot;
  }

  /** Any bot by id, the app's own included, as bots.info sees it. */
  botInfo(id: string): SlackBot | undefined {
    const { botId, botName, appId, botUserId } = this.identity;
    if (id === botId) return { id, deleted: false, name: botName, updated: 0, app_id: appId, user_id: botUserId, icons: {} };
    return this.bots.get(id);
  }

  /** Humans and the bot user, as users.info sees them. */
  anyUser(id: string): SlackUser | undefined {
    return id === this.botUser.id ? this.botUser : this.users.get(id);
  }

  userByEmail(email: string): SlackUser | undefined {
    const wanted = email.trim().toLowerCase();
    for (const user of this.users.values()) if (user.profile.email?.toLowerCase() === wanted) return user;
    return undefined;
  }

  channelByName(name: string): Channel | undefined {
    for (const channel of this.channels.values()) if (channel.name === name) return channel;
    return undefined;
  }

  createChannel(input: { name: string; creator: string; isPrivate?: boolean }): Channel {
    const created = nowSeconds();
    const isPrivate = input.isPrivate ?? false;
    const channel: Channel = {
      id: isPrivate ? slackId("G") : slackId("C"),
      name: input.name,
      created,
      creator: input.creator,
      is_channel: !isPrivate,
      is_group: isPrivate,
      is_im: false,
      is_private: isPrivate,
      is_archived: false,
      is_general: false,
      is_shared: false,
      is_ext_shared: false,
      is_org_shared: false,
      topic: { value: "", creator: "", last_set: 0 },
      purpose: { value: "", creator: "", last_set: 0 },
      members: [input.creator],
    };
    this.channels.set(channel.id, channel);
    this.messages.set(channel.id, []);
    return channel;
  }

  /** Adds a member; false when they already were one. */
  addMember(channel: Channel, userId: string): boolean {
    if (channel.members.includes(userId)) return false;
    channel.members.push(userId);
    return true;
  }

  messagesOf(channelId: string): StoredMessage[] {
    return this.messages.get(channelId) ?? [];
  }

  findMessage(channelId: string, ts: string): StoredMessage | undefined {
    return this.messagesOf(channelId).find((message) => message.ts === ts);
  }

  /** Stores a message; a reply updates its parent's thread fields as Slack does. */
  addMessage(message: StoredMessage): StoredMessage {
    const list = this.messages.get(message.channel);
    if (!list) throw new EmulatorError(`channel ${message.channel} does not exist`, 404);
    if (message.thread_ts && message.thread_ts !== message.ts) {
      const parent = list.find((candidate) => candidate.ts === message.thread_ts);
      if (parent) {
        parent.thread_ts = parent.ts;
        parent.reply_count = (parent.reply_count ?? 0) + 1;
        parent.reply_users = [...new Set([...(parent.reply_users ?? []), message.user])];
        parent.latest_reply = message.ts;
        message.parent_user_id = parent.user;
      }
    }
    list.push(message);
    return message;
  }

  /** A message from the app's bot (chat.postMessage, an in_channel response_url post). */
  addBotMessage(channelId: string, content: { text: string; ts: string; blocks?: Block[]; threadTs?: string }): StoredMessage {
    return this.addMessage({
      type: "message",
      channel: channelId,
      user: this.botUser.id,
      bot_id: this.identity.botId,
      app_id: this.identity.appId,
      text: content.text,
      ts: content.ts,
      ...(content.blocks ? { blocks: content.blocks } : {}),
      ...(content.threadTs ? { thread_ts: this.threadRoot(channelId, content.threadTs) } : {}),
    });
  }

  /** A reply to a reply belongs to the parent's thread. */
  threadRoot(channelId: string, threadTs: string): string {
    const target = this.findMessage(channelId, threadTs);
    return target?.thread_ts ?? threadTs;
  }
}
