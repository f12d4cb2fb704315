import type { RawDelivery } from "../delivery";
import type { Channel, DeliveryResult, OpenView, ResponseRecord, SlackBot, SlackUser } from "../types";
import type { NewUser } from "../workspace";
import type { DriverDeps } from "./deps";
import * as human from "./human-actions";
import { click, command, type InteractionResult } from "./interactions";
import { submitView, type SubmitOptions, type ViewSubmissionResult } from "./views";

/**
 * Acts as the people in the workspace. Every action changes the workspace, then delivers what Slack
 * would deliver to the app, and resolves with how that delivery went (after any retries).
 * Misuse (unknown user, not a member, no such button) throws an EmulatorError.
 */
export class Driver {
  constructor(private readonly deps: DriverDeps) {}

  addUser(input: NewUser): SlackUser {
    return this.deps.workspace.addUser(input);
  }

  /** Another integration in the workspace (a webhook, a monitoring app); bots.info knows it. */
  addBot(input: { id?: string; name: string }): SlackBot {
    return this.deps.workspace.addBot(input);
  }

  createChannel(input: { name: string; creatorId?: string; isPrivate?: boolean }): Channel {
    return human.createChannel(this.deps, input);
  }

  join(userId: string, channelId: string): Promise<DeliveryResult> {
    return human.join(this.deps, userId, channelId);
  }

  post(userId: string, channelId: string, text: string, options: { threadTs?: string } = {}): Promise<human.PostResult> {
    return human.post(this.deps, userId, channelId, text, options);
  }

  /** A post by another integration: `bot_message` (webhooks, classic bots) or a current app's post with `bot_profile`. */
  integrationPost(botId: string, channelId: string, text: string, options: { style?: "bot_message" | "app"; username?: string } = {}): Promise<human.PostResult> {
    return human.integrationPost(this.deps, botId, channelId, text, options);
  }

  edit(userId: string, channelId: string, ts: string, text: string): Promise<DeliveryResult> {
    return human.edit(this.deps, userId, channelId, ts, text);
  }

  remove(userId: string, channelId: string, ts: string): Promise<DeliveryResult> {
    return human.remove(this.deps, userId, channelId, ts);
  }

  react(userId: string, channelId: string, ts: string, name: string): Promise<DeliveryResult> {
    return human.react(this.deps, "reaction_added", { userId, channelId, ts, name });
  }

  unreact(userId: string, channelId: string, ts: string, name: string): Promise<DeliveryResult> {
    return human.react(this.deps, "reaction_removed", { userId, channelId, ts, name });
  }

  command(userId: string, channelId: string, text: string, options: { command?: string } = {}): Promise<InteractionResult> {
    return command(this.deps, userId, channelId, text, options);
  }

  click(userId: string, channelId: string, messageTs: string, actionId: string, options: { value?: string } = {}): Promise<InteractionResult> {
    return click(this.deps, userId, channelId, messageTs, actionId, options);
  }

  /** The modals this person has open (opened by the app with views.open), oldest first. */
  openViews(userId: string): OpenView[] {
    return this.deps.workspace.openViewsOf(userId);
  }

  /** Fills in (by block_id) and submits a modal the person has open; resolves with what became of it. */
  submitView(userId: string, viewId: string, options: SubmitOptions = {}): Promise<ViewSubmissionResult> {
    return submitView(this.deps, userId, viewId, options);
  }

  /** The nth (1-based) JSON body the app posted to a response_url, waiting for it if need be. */
  awaitResponse(responseId: string, timeoutMs = 5000, nth = 1): Promise<ResponseRecord> {
    return this.deps.responseUrls.wait(responseId, timeoutMs, nth);
  }

  /** Any body and headers, signed unless told otherwise: for tests of tampered signatures and stale timestamps. */
  sendRaw(raw: RawDelivery): Promise<DeliveryResult> {
    return this.deps.deliverer.sendRaw(raw);
  }

  /** The same envelope again with X-Slack-Retry-Num/Reason, as Slack does when it thinks the first was lost. */
  redeliver(eventId: string, options: { retryNum?: number; reason?: string } = {}): Promise<DeliveryResult> {
    return this.deps.deliverer.redeliver(eventId, options);
  }

  /** Resolves once nothing is being delivered and no retry is scheduled. */
  idle(): Promise<void> {
    return this.deps.deliverer.idle();
  }
}
