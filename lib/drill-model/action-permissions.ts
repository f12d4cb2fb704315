import type { Permission } from "./permissions";
import type { DrillAction } from "./state-machine";

const run: readonly Permission[] = ["drill.run"];
/** Things responders do in the incident channel (acknowledge a page, escalate, declare mitigated). */
const respond: readonly Permission[] = ["drill.run", "drill.respond"];
const talk: readonly Permission[] = ["chat.respond"];

/** Who may take each drill action; mutateDrill checks it before it locks the drill. */
export const drillActionPermissions: Record<DrillAction, readonly Permission[]> = {
  start: run,
  end: run,
  begin_review: run,
  close: run,
  trigger_injection: run,
  fire_alert: run,
  release_hint: run,
  record_milestone: respond,
  add_note: ["note.write"],
  post_message: talk,
  join_channel: talk,
  pause: run,
  resume: run,
  abort: run,
  run_rollback: run,
  escalate: respond,
  correct_milestone: run,
  manage_script: run,
  set_roster: run,
  add_to_roster: run,
  acknowledge_alert: respond,
  choose_chat: run,
  mirror_chat: talk,
  delete: run,
};
