import { describe, expect, it } from "vitest";
import { InvalidStateError } from "../errors";
import { assertCan, can, isEnded, type DrillStatus } from "./state-machine";

type Action = Parameters<typeof can>[1];

const STATUSES: DrillStatus[] = ["planned", "running", "aborting", "mitigated", "failed", "timed_out", "aborted", "in_review", "closed"];

// Written out by hand on purpose: a change to the rules has to change this table too.
const ALLOWED: Record<Action, DrillStatus[]> = {
  start: ["planned"],
  end: ["running"],
  begin_review: ["mitigated", "failed", "timed_out", "aborted"],
  close: ["in_review"],
  reopen: ["closed"],
  reveal: ["mitigated", "failed", "timed_out", "aborted", "in_review"],
  record_after_the_fact: ["in_review"],
  rate_objective: ["mitigated", "failed", "timed_out", "aborted", "in_review"],
  link_answer: ["mitigated", "failed", "timed_out", "aborted", "in_review"],
  star_moment: ["running", "aborting", "mitigated", "failed", "timed_out", "aborted", "in_review"],
  pick_note: ["mitigated", "failed", "timed_out", "aborted", "in_review"],
  answer_survey: ["mitigated", "failed", "timed_out", "aborted", "in_review"],
  edit_retro: ["mitigated", "failed", "timed_out", "aborted", "in_review"],
  trigger_injection: ["running"],
  fire_alert: ["running"],
  release_hint: ["running"],
  record_milestone: ["running"],
  add_note: ["planned", "running", "aborting", "mitigated", "failed", "timed_out", "aborted", "in_review"],
  post_message: ["running"],
  join_channel: ["planned", "running"],
  pause: ["running"],
  resume: ["running"],
  abort: ["planned", "running", "aborting"],
  run_rollback: ["running", "aborting", "mitigated", "failed", "timed_out", "aborted", "in_review"],
  escalate: ["running"],
  correct_milestone: ["running", "aborting", "mitigated", "failed", "timed_out", "aborted", "in_review"],
  manage_script: ["running"],
  set_roster: ["planned"],
  add_to_roster: ["planned", "running"],
  acknowledge_alert: ["running"],
  choose_chat: ["planned"],
  mirror_chat: ["running", "aborting", "mitigated", "failed", "timed_out", "aborted", "in_review"],
  delete: ["planned"],
};

const STATE_WORDS: Record<DrillStatus, string> = {
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

const ACTIONS = Object.keys(ALLOWED) as Action[];
const cases = ACTIONS.flatMap((action) => STATUSES.map((status) => ({ action, status, allowed: ALLOWED[action].includes(status) })));

describe("drill state machine", () => {
  it.each(cases.filter((c) => c.allowed))("allows $action when $status", ({ action, status }) => {
    expect(can(status, action)).toBe(true);
    expect(() => assertCan(status, action)).not.toThrow();
  });

  it.each(cases.filter((c) => !c.allowed))("refuses $action when $status, naming the state", ({ action, status }) => {
    expect(can(status, action)).toBe(false);
    let error: unknown;
    try {
      assertCan(status, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidStateError);
    expect((error as InvalidStateError).status).toBe(409);
    expect((error as Error).message).toMatch(/^Cannot .+: the drill .+\.$/);
    expect((error as Error).message).toContain(STATE_WORDS[status]);
  });

  it("words a refusal as the action and the state", () => {
    expect(() => assertCan("planned", "fire_alert")).toThrow("Cannot fire an alert: the drill has not started yet.");
    expect(() => assertCan("mitigated", "start")).toThrow("Cannot start the drill: the drill has ended (mitigated).");
    expect(() => assertCan("closed", "add_note")).toThrow("Cannot add a note: the drill is closed.");
  });

  it("treats every outcome, review and closed as ended, and nothing before", () => {
    const ended = STATUSES.filter(isEnded);
    expect(ended).toEqual(["mitigated", "failed", "timed_out", "aborted", "in_review", "closed"]);
  });
});
