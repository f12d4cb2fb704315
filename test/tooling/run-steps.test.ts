import { describe, expect, it } from "vitest";
import { runSteps } from "../../scripts/run-steps";

const node = (code: string) => `node -e ${JSON.stringify(code)}`;

function collect() {
  const lines: string[] = [];
  return { lines, write: (text: string) => void lines.push(text), text: () => lines.join("") };
}

describe("npm test's step runner", () => {
  it("passes only when every step passes, and prints each step's output whole with its result", async () => {
    const out = collect();
    const { ok, results } = await runSteps(
      [
        { name: "first", command: node("console.log('one'); setTimeout(() => console.log('two'), 50)"), after: [] },
        { name: "second", command: node("console.error('to stderr')"), after: ["first"] },
      ],
      { write: out.write },
    ).done;
    expect(ok).toBe(true);
    expect(results.first).toMatchObject({ ok: true, code: 0 });
    expect(out.text()).toContain("──── first");
    expect(out.text()).toMatch(/one\ntwo\n/);
    expect(out.text()).toContain("to stderr");
    expect(out.text()).toMatch(/all passed: first passed \(\d+ s\), second passed/);
  });

  it("fails when one step fails, skips what comes after it, and still runs the steps that do not depend on it", async () => {
    const out = collect();
    const { ok, results } = await runSteps(
      [
        { name: "build", command: node("process.exit(3)"), after: [] },
        { name: "lint", command: node("console.log('linted')"), after: [] },
        { name: "e2e", command: node("console.log('must not run')"), after: ["build"] },
      ],
      { write: out.write },
    ).done;
    expect(ok).toBe(false);
    expect(results.build).toMatchObject({ ok: false, code: 3 });
    expect(results.lint).toMatchObject({ ok: true });
    expect(results.e2e).toMatchObject({ ok: false, skipped: true });
    expect(out.text()).not.toContain("must not run");
    expect(out.text()).toMatch(/FAILED: build FAILED \(\d+ s\), lint passed \(\d+ s\), e2e skipped/);
  });

  it("waits for a step it only comes after, and runs even when that step failed", async () => {
    const out = collect();
    const { ok, results } = await runSteps(
      [
        { name: "build", command: node("setTimeout(() => process.exit(2), 300)"), after: [] },
        { name: "unit", command: node("console.log('unit ran')"), after: [], notBefore: ["build"] },
      ],
      { write: out.write },
    ).done;
    expect(ok).toBe(false);
    expect(results.unit).toMatchObject({ ok: true });
    expect(out.text().indexOf("unit ran")).toBeGreaterThan(out.text().indexOf("build: FAILED"));
  });

  it("runs independent steps at the same time, not one after another", async () => {
    const wait = node("setTimeout(() => {}, 1500)");
    const begun = Date.now();
    const { ok } = await runSteps(
      [
        { name: "a", command: wait, after: [] },
        { name: "b", command: wait, after: [] },
      ],
      { write: () => {} },
    ).done;
    expect(ok).toBe(true);
    expect(Date.now() - begun).toBeLessThan(2900);
  });

  it("a stop signal ends every running step's process tree and the run fails", async () => {
    const run = runSteps([{ name: "long", command: `${node("setTimeout(() => {}, 60000)")} & wait`, after: [] }], { write: () => {} });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const begun = Date.now();
    run.stop("SIGTERM");
    const { ok, results } = await run.done;
    expect(ok).toBe(false);
    expect(results.long!.code).not.toBe(0);
    expect(Date.now() - begun).toBeLessThan(5000);
  });

  it("refuses a step that comes after one not listed before it", () => {
    expect(() => runSteps([{ name: "e2e", command: "true", after: ["build"] }], { write: () => {} })).toThrow(/e2e comes after build/);
  });
});
