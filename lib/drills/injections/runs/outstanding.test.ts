import { describe, expect, it } from "vitest";
import { checkEnvironment } from "./environment";
import { injectionApplied, outstandingRollbacks, safeAnyway, type RunState, type StepRunStates } from "./outstanding";

const steps = ["a", "b", "c", "d", "e"].map((id) => ({ id }));
const ran = (seq: number | null, status: "ok" | "failed" | "running" = "ok") => ({ status, seq });

describe("outstandingRollbacks", () => {
  it("lists injections that ran and are not rolled back, latest first", () => {
    const runs: Record<string, StepRunStates> = {
      a: { injection: ran(3), rollback: null },
      b: { injection: ran(9, "failed"), rollback: null }, // failed calls may still have landed
      c: { injection: ran(5), rollback: ran(6) }, // rolled back already
      d: { injection: ran(7), rollback: ran(8, "failed") }, // its rollback failed: try again
    };
    expect(outstandingRollbacks(steps, runs).map((step) => step.id)).toEqual(["b", "d", "a"]);
  });

  it("leaves out a run still in flight, and puts one without a result first", () => {
    const runs: Record<string, StepRunStates> = { a: { injection: ran(2), rollback: null }, b: { injection: ran(null, "running"), rollback: null }, c: { injection: ran(null, "failed"), rollback: null } };
    expect(outstandingRollbacks(steps, runs).map((step) => step.id)).toEqual(["c", "a"]);
  });
});

describe("what a failed injection changed", () => {
  const failed = (result: RunState["result"]): RunState => ({ status: "failed", seq: 4, result });
  it("counts a call that may have landed as possibly applied, and a refused or unsent one as not", () => {
    expect(injectionApplied({ status: "ok", seq: 1, result: { outcome: "ok", status: 200 } })).toBe("yes");
    expect(injectionApplied(failed({ outcome: "failed", status: 503, attempts: 3, mayHaveLanded: true }))).toBe("maybe");
    expect(injectionApplied(failed({ outcome: "failed", attempts: 1, error: "no response within 5 s (timed out)", mayHaveLanded: true }))).toBe("maybe");
    expect(injectionApplied(failed({ outcome: "failed", status: 403, attempts: 1, mayHaveLanded: false }))).toBe("no");
    expect(injectionApplied(failed({ outcome: "failed", attempts: 1, error: "connection refused: is the target running?", mayHaveLanded: false }))).toBe("no");
  });

  it("reads results kept before it was recorded from their status, and assumes the worst without one", () => {
    expect(injectionApplied(failed({ outcome: "failed", status: 502, attempts: 3 }))).toBe("maybe");
    expect(injectionApplied(failed({ outcome: "failed", status: 422, attempts: 1 }))).toBe("no");
    expect(injectionApplied(failed({ outcome: "failed", attempts: 0, error: "the URL must be http:// or https://" }))).toBe("no");
    expect(injectionApplied(failed({ outcome: "failed", attempts: 2, error: "ECONNRESET" }))).toBe("maybe");
    expect(injectionApplied(failed(null))).toBe("maybe");
  });

  it("leaves an injection that changed nothing out of what is left to roll back", () => {
    const runs: Record<string, StepRunStates> = {
      a: { injection: failed({ outcome: "failed", status: 400, attempts: 1, mayHaveLanded: false }), rollback: null },
      b: { injection: failed({ outcome: "failed", status: 500, attempts: 3, mayHaveLanded: true }), rollback: null },
    };
    expect(outstandingRollbacks(steps, runs).map((step) => step.id)).toEqual(["b"]);
  });

  it("says when a rollback is harmless to run anyway: an idempotent webhook", () => {
    expect(safeAnyway({ kind: "webhook", method: "DELETE" })).toBe("The action failed and changed nothing; rolling back is safe to run anyway (DELETE is idempotent).");
    expect(safeAnyway({ kind: "webhook", method: "PUT" })).toMatch(/PUT is idempotent/);
    expect(safeAnyway({ kind: "webhook", method: "POST" })).toBeNull();
    expect(safeAnyway({ kind: "manual" })).toBeNull();
  });
});

describe("checkEnvironment", () => {
  const prod = { name: "prod-eu", protected: true };
  it("lets anything run against an unprotected environment, without an override", () => {
    expect(checkEnvironment({ name: "stage", protected: false }, undefined, "run it")).toEqual({ allowed: true, override: false });
  });
  it("needs the exact name of a protected one, and calls it an override", () => {
    expect(checkEnvironment(prod, "prod-eu", "run it")).toEqual({ allowed: true, override: true });
    expect(checkEnvironment(prod, undefined, "run it")).toMatchObject({ allowed: false, reason: "not confirmed" });
    expect(checkEnvironment(prod, "PROD-EU", "run it")).toMatchObject({ allowed: false, reason: 'confirmation "PROD-EU" did not match' });
  });
});
