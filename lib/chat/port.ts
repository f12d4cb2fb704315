import type { Tx } from "../context/transaction";
import type { ScriptedAlert } from "../scenarios/schemas";
import type { DrillOutcome } from "../drill-model/state-machine";

/** What the control room says into a drill's channel. */
export type ChannelPost =
  /** The declaration: the channel opens (Slack: it is created) with the briefing. `publicTitle` names it, never the scenario's title. */
  | { kind: "briefing"; publicTitle: string; text: string; timeBoxMinutes: number }
  | { kind: "alert"; alert: Pick<ScriptedAlert, "id" | "source" | "severity" | "title" | "body"> }
  /** Someone acknowledged a fired alert: the alert's message shows who and when. */
  | { kind: "acknowledged"; alertId: string; alert: Pick<ScriptedAlert, "id" | "source" | "severity" | "title" | "body">; by: string; atLabel: string }
  | { kind: "hint"; number: number; text: string }
  /** `note`: the closing note, only when the facilitator chose to share it with participants. */
  | { kind: "ended"; outcome: DrillOutcome; note?: string }
  /** After the end: ask everyone for the survey (Slack: a "Give feedback" button; the built-in channel shows the survey itself). */
  | { kind: "feedback" }
  /** The hot wash: the root cause and the model answer, shown to participants. */
  | { kind: "reveal"; rootCause: string; modelAnswer: string[] }
  /** The drill is closed: where to read the report (Slack: then the channel is archived). */
  | { kind: "closed"; reportUrl: string }
  /** The facilitators aborted the drill and rolled the injections back. Says nothing of what was injected: participants must not learn it. `note` only when shared. */
  | { kind: "aborted"; note: string }
  /** Declaration: bring the roster (everyone but escalation responders and observers) into the channel, and say so. */
  | { kind: "roster"; people: ChatPerson[]; notFound?: string[] }
  /** "Escalate to team X": bring that team's escalation responders in, and say so. */
  | { kind: "escalation"; team: string; people: ChatPerson[] };

/** A roster person as a chat provider needs them: how to find them, and how to name them in the channel. */
export interface ChatPerson {
  name: string;
  role: string;
  team?: string | null;
  email?: string | null;
  slackId?: string | null;
}

export interface ChannelRef {
  drillId: string;
  channelToken: string;
  provider: string;
}

/**
 * The chat port. Outbound only: inbound messages from any provider arrive through
 * provider-neutral verbs (`joinChannel`, `postMessage`, the Slack mirror verbs), which write the timeline.
 */
export interface ChatPort {
  readonly provider: string;
  /**
   * Called inside the drill's transaction: records what to say, so it is said exactly when the change
   * commits and never when it rolls back. Delivery happens after the commit (Slack: the outbox).
   */
  queue(tx: Tx, channel: ChannelRef, post: ChannelPost): Promise<void>;
  /**
   * Looks people up in the provider's directory (Slack: users.lookupByEmail) and returns them with
   * their provider id filled in where found. Called when a roster is saved, before the drill's
   * transaction. Providers without a directory (the built-in channel) leave it out: they find everyone.
   */
  findPeople?(people: ChatPerson[]): Promise<ChatPerson[]>;
  /**
   * Whether the provider can bring this person into the channel (Slack: a slackId was found).
   * Local, no I/O: it runs inside the declaration's transaction to name who was not found. Default: yes.
   */
  canInvite?(person: ChatPerson): boolean;
}
