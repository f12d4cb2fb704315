import type { ScriptedAlert } from "../scenarios/schemas";

/** What the control room says into a drill's channel. */
export type ChannelPost =
  | { kind: "briefing"; text: string; timeBoxMinutes: number }
  | { kind: "alert"; alert: Pick<ScriptedAlert, "id" | "source" | "severity" | "title" | "body"> }
  | { kind: "hint"; number: number; text: string }
  | { kind: "ended"; outcome: string };

export interface ChannelRef {
  drillId: string;
  channelToken: string;
  provider: string;
}

/**
 * The chat port. Outbound only: inbound messages from any provider arrive through the
 * provider-neutral verbs `joinChannel` and `postMessage`, which write the timeline.
 * Called after the drill's transaction commits, never inside it.
 */
export interface ChatPort {
  readonly provider: string;
  post(channel: ChannelRef, post: ChannelPost): Promise<void>;
}
