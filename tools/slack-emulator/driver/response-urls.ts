import { messageEvent } from "../events";
import { slackId } from "../ids";
import type { Block, DeliveryResult, ResponseRecord } from "../types";
import type { Workspace } from "../workspace";

/** Slack lets an app use a response_url five times. */
const MAX_USES = 5;

interface ResponseTarget {
  id: string;
  origin: ResponseRecord["origin"];
  channel: string;
  user: string;
  /** The message a button sat on; replace_original and delete_original act on it. */
  messageTs?: string;
  isEphemeral?: boolean;
  uses: number;
}

interface Waiter {
  nth: number;
  resolve(record: ResponseRecord): void;
}

function asBlocks(value: unknown): Block[] | undefined {
  return Array.isArray(value) ? (value as Block[]) : undefined;
}

/** The response_urls handed to the app with commands and clicks, and what the app posted to them. */
export class ResponseUrls {
  private readonly targets = new Map<string, ResponseTarget>();
  private readonly waiters = new Map<string, Waiter[]>();

  constructor(
    private readonly workspace: Workspace,
    private readonly emitEvent: (event: Record<string, unknown> & { type: string }) => Promise<DeliveryResult>,
  ) {}

  register(target: Omit<ResponseTarget, "id" | "uses">): string {
    const id = slackId("R", 12);
    this.targets.set(id, { ...target, id, uses: 0 });
    return id;
  }

  /** An app's POST to a response_url: recorded, then shown the way Slack would show it. */
  receive(id: string, body: unknown): { status: number; body: Record<string, unknown> } {
    const target = this.targets.get(id);
    if (!target) return { status: 404, body: { ok: false, error: "expired_url" } };
    if (target.uses >= MAX_USES) return { status: 404, body: { ok: false, error: "used_url" } };
    if (!body || typeof body !== "object" || Array.isArray(body)) return { status: 400, body: { ok: false, error: "invalid_payload" } };
    target.uses += 1;
    this.record(target, "response_url", body as Record<string, unknown>);
    return { status: 200, body: { ok: true } };
  }

  /** A slash command's ack body is a response too: Slack shows its text to the user. */
  receiveAck(id: string, body: unknown): void {
    const target = this.targets.get(id);
    if (!target) return;
    if (typeof body === "string" && body.trim() !== "") this.record(target, "ack", { text: body });
    else if (body && typeof body === "object" && !Array.isArray(body)) {
      const fields = body as Record<string, unknown>;
      if (typeof fields.text === "string" || Array.isArray(fields.blocks)) this.record(target, "ack", fields);
    }
  }

  /** Resolves with the nth (1-based) response_url post for this id, already made or still to come. */
  wait(id: string, timeoutMs = 5000, nth = 1): Promise<ResponseRecord> {
    const existing = this.posted(id)[nth - 1];
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        nth,
        resolve: (record) => {
          clearTimeout(timer);
          resolve(record);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.set(id, (this.waiters.get(id) ?? []).filter((candidate) => candidate !== waiter));
        reject(new Error(`no response_url post #${nth} for ${id} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(id, [...(this.waiters.get(id) ?? []), waiter]);
    });
  }

  private posted(id: string): ResponseRecord[] {
    return this.workspace.responses.filter((record) => record.id === id && record.via === "response_url");
  }

  private record(target: ResponseTarget, via: ResponseRecord["via"], body: Record<string, unknown>): void {
    const record: ResponseRecord = {
      id: target.id,
      via,
      origin: target.origin,
      channel: target.channel,
      user: target.user,
      body,
      response_type: body.response_type === "in_channel" ? "in_channel" : "ephemeral",
      ...(typeof body.text === "string" ? { text: body.text } : {}),
      ...(asBlocks(body.blocks) ? { blocks: asBlocks(body.blocks) } : {}),
      ...(body.replace_original === true || body.replace_original === "true" ? { replace_original: true } : {}),
      ...(body.delete_original === true || body.delete_original === "true" ? { delete_original: true } : {}),
      at: Date.now(),
    };
    this.workspace.responses.push(record);
    this.show(target, record);
    if (via === "response_url") this.wake(target.id);
  }

  private show(target: ResponseTarget, record: ResponseRecord): void {
    const { workspace } = this;
    const original = target.messageTs ? this.originalOf(target) : undefined;
    if (original && record.delete_original) {
      original.deleted = true;
      return;
    }
    if (original && record.replace_original) {
      if (record.text !== undefined) original.text = record.text;
      if (record.blocks !== undefined) original.blocks = record.blocks;
      return;
    }
    const ts = workspace.nextTs();
    if (record.response_type === "ephemeral") {
      workspace.ephemerals.push({
        channel: target.channel,
        user: target.user,
        text: record.text ?? "",
        ...(record.blocks ? { blocks: record.blocks } : {}),
        message_ts: ts,
        source: record.via,
        at: record.at,
      });
      return;
    }
    const channel = workspace.channels.get(target.channel);
    if (!channel) return;
    const message = workspace.addBotMessage(channel.id, { text: record.text ?? "", ts, blocks: record.blocks });
    void this.emitEvent(messageEvent(channel, message, workspace.identity.teamId));
  }

  /** The clicked message as something whose text and blocks can be replaced: a channel message or an ephemeral. */
  private originalOf(target: ResponseTarget): { text: string; blocks?: Block[]; deleted?: boolean } | undefined {
    const ts = target.messageTs ?? "";
    if (!target.isEphemeral) return this.workspace.findMessage(target.channel, ts);
    return this.workspace.ephemerals.find((ephemeral) => ephemeral.channel === target.channel && ephemeral.message_ts === ts);
  }

  private wake(id: string): void {
    const posted = this.posted(id).length;
    const waiting = this.waiters.get(id) ?? [];
    const ready = waiting.filter((waiter) => waiter.nth <= posted);
    this.waiters.set(id, waiting.filter((waiter) => waiter.nth > posted));
    for (const waiter of ready) {
      const record = this.posted(id)[waiter.nth - 1];
      if (record) waiter.resolve(record);
    }
  }
}
