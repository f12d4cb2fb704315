import { InvalidStateError } from "../errors";
import type { DrillStatus } from "../db/generated/enums";

export type { DrillStatus };

export const ENDED_STATUSES = ["mitigated", "failed", "timed_out", "aborted"] as const satisfies readonly DrillStatus[];
export type DrillOutcome = (typeof ENDED_STATUSES)[number];

export type DrillAction =
  | "start"
  | "end"
  | "begin_review"
  | "close"
  | "trigger_injection"
  | "fire_alert"
  | "release_hint"
  | "record_milestone"
  | "add_note"
  | "post_message"
  | "join_channel"
  | "pause"
  | "resume"
  | "abort"
  | "run_rollback"
  | "escalate"
  | "correct_milestone"
  | "manage_script"
  | "set_roster"
  | "add_to_roster"
  | "acknowledge_alert"
  | "choose_chat"
  | "mirror_chat"
  | "delete";

const LIVE: DrillStatus[] = ["running"];
// `aborting`: abort began (nothing is live, nothing fires) and its rollbacks and end are still to come.
const AFTER_START: DrillStatus[] = ["running", "aborting", ...ENDED_STATUSES, "in_review"];

const allowedFrom: Record<DrillAction, DrillStatus[]> = {
  start: ["planned"],
  end: LIVE,
  begin_review: [...ENDED_STATUSES],
  close: ["in_review"],
  trigger_injection: LIVE,
  fire_alert: LIVE,
  release_hint: LIVE,
  record_milestone: LIVE,
  add_note: ["planned", ...AFTER_START],
  post_message: LIVE,
  join_channel: ["planned", "running"],
  pause: LIVE,
  resume: LIVE,
  // Retried from `aborting`: an abort cut short by a crash picks up where it stopped.
  abort: ["planned", "running", "aborting"],
  // Cleaning up after the drill ended is exactly when a lone rollback is needed.
  run_rollback: AFTER_START,
  escalate: LIVE,
  correct_milestone: AFTER_START,
  manage_script: LIVE,
  // The roster is settled before the declaration; once it runs, people can only be added.
  set_roster: ["planned"],
  add_to_roster: ["planned", "running"],
  acknowledge_alert: LIVE,
  // The channel is created at the declaration; after that it is where it is.
  choose_chat: ["planned"],
  // People keep talking after the end ("thanks all, writing the review"): the review wants it.
  mirror_chat: AFTER_START,
  // Only a drill that never started: once it ran, its timeline is what the review is made of.
  delete: ["planned"],
};

const actionLabel: Record<DrillAction, string> = {
  start: "start the drill",
  end: "end the drill",
  begin_review: "begin the review",
  close: "close the drill",
  trigger_injection: "trigger an injection",
  fire_alert: "fire an alert",
  release_hint: "release a hint",
  record_milestone: "record a milestone",
  add_note: "add a note",
  post_message: "post in the channel",
  join_channel: "join the channel",
  pause: "pause the clock",
  resume: "resume the clock",
  abort: "abort the drill",
  run_rollback: "run a rollback",
  escalate: "escalate",
  correct_milestone: "correct a milestone",
  manage_script: "change the script",
  set_roster: "replace the roster",
  add_to_roster: "add people to the roster",
  acknowledge_alert: "acknowledge an alert",
  choose_chat: "choose where participants respond",
  mirror_chat: "record channel messages",
  delete: "delete the drill",
};

const statusLabel: Record<DrillStatus, string> = {
  planned: "has not started yet",
  running: "is running",
  mitigated: "has ended (mitigated)",
  failed: "has ended (failed)",
  timed_out: "has ended (timed out)",
  aborting: "is being aborted",
  aborted: "was aborted",
  in_review: "is in review",
  closed: "is closed",
};

export function can(status: DrillStatus, action: DrillAction): boolean {
  return allowedFrom[action].includes(status);
}

export function assertCan(status: DrillStatus, action: DrillAction): void {
  if (!can(status, action)) throw new InvalidStateError(`Cannot ${actionLabel[action]}: the drill ${statusLabel[status]}.`);
}

export function isEnded(status: DrillStatus): boolean {
  return (ENDED_STATUSES as readonly DrillStatus[]).includes(status) || status === "in_review" || status === "closed";
}
