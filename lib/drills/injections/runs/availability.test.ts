import { describe, expect, it } from "vitest";
import { changedNothing, injectionRefusal, rollbackRefusal, type EarlierRun } from "./availability";

const ok: EarlierRun = { status: "ok", result: { outcome: "ok", status: 200 } };
const running: EarlierRun = { status: "running", result: null };
const refused: EarlierRun = { status: "failed", result: { outcome: "failed", status: 403, attempts: 1, mayHaveLanded: false } };
const timedOut: EarlierRun = { status: "failed", result: { outcome: "failed", attempts: 3, error: "no response within 5 s (timed out)", mayHaveLanded: true } };
const post = { kind: "webhook", method: "POST" } as const;
const del = { kind: "webhook", method: "DELETE" } as const;

describe("injectionRefusal", () => {
  it("lets a step that never ran run, and one whose injection failed run again", () => {
    expect(injectionRefusal({ injection: null, rollback: null })).toBeNull();
    expect(injectionRefusal({ injection: refused, rollback: null })).toBeNull();
    expect(injectionRefusal({ injection: timedOut, rollback: null })).toBeNull();
  });

  it("refuses one that succeeded, was marked done before runs were kept, is in flight, or was rolled back", () => {
    expect(injectionRefusal({ injection: ok, rollback: null })).toBe("done");
    expect(injectionRefusal({ injection: null, rollback: null, done: true })).toBe("done");
    expect(injectionRefusal({ injection: running, rollback: null })).toBe("running");
    expect(injectionRefusal({ injection: timedOut, rollback: { status: "failed", result: null } })).toBe("rolled_back");
  });

  it("takes over a run the caller knows was left by a crash", () => {
    expect(injectionRefusal({ injection: { ...running, inFlight: false }, rollback: null })).toBeNull();
  });
});

describe("rollbackRefusal", () => {
  it("offers the rollback of an injection that ran or may have landed, and again after a failed rollback", () => {
    expect(rollbackRefusal({ injection: ok, rollback: null }, post)).toBeNull();
    expect(rollbackRefusal({ injection: timedOut, rollback: null }, post)).toBeNull();
    expect(rollbackRefusal({ injection: ok, rollback: refused }, post)).toBeNull();
  });

  it("refuses before the injection ran or while its result is not in", () => {
    expect(rollbackRefusal({ injection: null, rollback: null, done: true }, post)).toBe("not_run");
    expect(rollbackRefusal({ injection: running, rollback: null }, post)).toBe("injection_running");
  });

  it("refuses after an injection that changed nothing, unless the rollback is idempotent", () => {
    expect(rollbackRefusal({ injection: refused, rollback: null }, post)).toBe("changed_nothing");
    expect(rollbackRefusal({ injection: refused, rollback: null }, { kind: "manual" })).toBe("changed_nothing");
    expect(rollbackRefusal({ injection: refused, rollback: null }, del)).toBeNull();
  });

  it("refuses a rollback that succeeded or is in flight", () => {
    expect(rollbackRefusal({ injection: ok, rollback: ok }, post)).toBe("done");
    expect(rollbackRefusal({ injection: ok, rollback: running }, post)).toBe("running");
    expect(rollbackRefusal({ injection: ok, rollback: { ...running, inFlight: false } }, post)).toBeNull();
  });
});

describe("changedNothing", () => {
  it("is true only for a failed call that was refused or never sent", () => {
    expect(changedNothing(refused)).toBe(true);
    expect(changedNothing(timedOut)).toBe(false);
    expect(changedNothing(ok)).toBe(false);
    expect(changedNothing({ status: "failed", result: null })).toBe(false);
  });
});
