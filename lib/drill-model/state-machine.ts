import { InvalidStateError } from "../errors";
import type { DrillStatus } from "../db/generated/enums";
import type { Permission } from "./permissions";

export type { DrillStatus };

export const ENDED_STATUSES = ["mitigated", "failed", "timed_out", "aborted"] as const satisfies readonly DrillStatus[];
export type DrillOutcome = (typeof ENDED_STATUSES)[number];

const LIVE: DrillStatus[] = ["running"];
// `aborting`: abort began (nothing is live, nothing fires) and its rollbacks and end are still to come.
const AFTER_START: DrillStatus[] = ["running", "aborting", ...ENDED_STATUSES, "in_review"];
/** The debrief: after the end, until the close freezes the report. */
const DEBRIEF: DrillStatus[] = [...ENDED_STATUSES, "in_review"];

const run: readonly Permission[] = ["drill.run"];
/** Things responders do in the incident channel (acknowledge a page, escalate, declare mitigated). */
const respond: readonly Permission[] = ["drill.run", "drill.respond"];
const talk: readonly Permission[] = ["chat.respond"];
/** Choosing what the report shows (key moments, notes): facilitators and observers. */
const curate: readonly Permission[] = ["drill.run", "note.write"];
/** The hot-wash survey: the people who took part (a channel key, a Slack id) and staff. The verb refuses anyone else. */
const feedback: readonly Permission[] = ["chat.respond", "drill.read"];

interface ActionRule {
  /** The statuses the action may be taken from. */
  from: readonly DrillStatus[];
  /** Who may take it: any one of these permissions (mutateDrill checks it before it locks the drill). */
  may: readonly Permission[];
  /** "Cannot <label>: the drill …" */
  label: string;
}

/** Every drill action in one table: where it may be taken from, who may take it, and what it is called. */
const ACTIONS = {
  start: { from: ["planned"], may: run, label: "start the drill" },
  end: { from: LIVE, may: run, label: "end the drill" },
  begin_review: { from: [...ENDED_STATUSES], may: run, label: "begin the review" },
  close: { from: ["in_review"], may: run, label: "close the drill" },
  // Explicit and audited: a closed drill's report is frozen until someone reopens it.
  reopen: { from: ["closed"], may: run, label: "reopen the drill" },
  reveal: { from: DEBRIEF, may: run, label: "reveal the answer" },
  // A milestone the facilitator forgot to press during the drill, at a past timeline event.
  record_after_the_fact: { from: ["in_review"], may: run, label: "record a milestone after the fact" },
  rate_objective: { from: DEBRIEF, may: run, label: "rate an objective" },
  link_answer: { from: DEBRIEF, may: run, label: "compare the model answer" },
  // Starred live or afterwards; frozen with the report at close.
  star_moment: { from: AFTER_START, may: curate, label: "star a moment" },
  pick_note: { from: DEBRIEF, may: curate, label: "choose notes for the report" },
  // From the end to the close: the close freezes the survey's results into the report.
  answer_survey: { from: DEBRIEF, may: feedback, label: "answer the survey" },
  // Facilitators and observers write the retrospective together.
  edit_retro: { from: DEBRIEF, may: curate, label: "change the retrospective" },
  trigger_injection: { from: LIVE, may: run, label: "trigger an injection" },
  fire_alert: { from: LIVE, may: run, label: "fire an alert" },
  release_hint: { from: LIVE, may: run, label: "release a hint" },
  record_milestone: { from: LIVE, may: respond, label: "record a milestone" },
  add_note: { from: ["planned", ...AFTER_START], may: ["note.write"], label: "add a note" },
  post_message: { from: LIVE, may: talk, label: "post in the channel" },
  join_channel: { from: ["planned", "running"], may: talk, label: "join the channel" },
  pause: { from: LIVE, may: run, label: "pause the clock" },
  resume: { from: LIVE, may: run, label: "resume the clock" },
  // Retried from `aborting`: an abort cut short by a crash picks up where it stopped.
  abort: { from: ["planned", "running", "aborting"], may: run, label: "abort the drill" },
  // Cleaning up after the drill ended is exactly when a lone rollback is needed.
  run_rollback: { from: AFTER_START, may: run, label: "run a rollback" },
  escalate: { from: LIVE, may: respond, label: "escalate" },
  correct_milestone: { from: AFTER_START, may: run, label: "correct a milestone" },
  manage_script: { from: LIVE, may: run, label: "change the script" },
  // The roster is settled before the declaration; once it runs, people can only be added.
  set_roster: { from: ["planned"], may: run, label: "replace the roster" },
  add_to_roster: { from: ["planned", "running"], may: run, label: "add people to the roster" },
  acknowledge_alert: { from: LIVE, may: respond, label: "acknowledge an alert" },
  // The channel is created at the declaration; after that it is where it is.
  choose_chat: { from: ["planned"], may: run, label: "choose where participants respond" },
  // People keep talking after the end ("thanks all, writing the review"): the review wants it.
  mirror_chat: { from: AFTER_START, may: talk, label: "record channel messages" },
  // Only a drill that never started: once it ran, its timeline is what the review is made of.
  delete: { from: ["planned"], may: run, label: "delete the drill" },
} as const satisfies Record<string, ActionRule>;

export type DrillAction = keyof typeof ACTIONS;

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
  return (ACTIONS[action].from as readonly DrillStatus[]).includes(status);
}

export function assertCan(status: DrillStatus, action: DrillAction): void {
  if (!can(status, action)) throw new InvalidStateError(`Cannot ${ACTIONS[action].label}: the drill ${statusLabel[status]}.`);
}

export function isEnded(status: DrillStatus): boolean {
  return (ENDED_STATUSES as readonly DrillStatus[]).includes(status) || status === "in_review" || status === "closed";
}

/** The permissions that allow an action (any one of them). */
export function permissionsFor(action: DrillAction): readonly Permission[] {
  return ACTIONS[action].may;
}
