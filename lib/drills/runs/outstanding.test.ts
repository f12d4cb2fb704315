import { describe, expect, it } from "vitest";
import { checkEnvironment } from "./environment";
import { outstandingRollbacks, type StepRunStates } from "./outstanding";

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
