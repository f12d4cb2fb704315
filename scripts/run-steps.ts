import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface Step {
  name: string;
  command: string;
  /** Steps that must pass before this one starts; they come earlier in the list. */
  after: string[];
  /** Steps that must have ended, passed or not, before this one starts (to keep the CPU for them). */
  notBefore?: string[];
}
export interface StepResult {
  ok: boolean;
  skipped?: boolean;
  code?: number;
  ms: number;
}

/**
 * Runs shell commands side by side, each once the steps it comes `after` have passed (one that failed skips it).
 * A step's output is written whole when it ends, so two steps never interleave; `write` also gets a line when each
 * starts and ends. `stop(signal)` on the returned handle sends the signal to every running step's process group.
 */
export function runSteps(steps: Step[], { write = (text: string) => void process.stdout.write(text), env = process.env }: { write?: (text: string) => void; env?: NodeJS.ProcessEnv } = {}) {
  const started = Date.now();
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
  const say = (line: string) => write(`[npm test ${seconds(Date.now() - started).padStart(5)}] ${line}\n`);
  const results = new Map<string, Promise<StepResult>>();
  const children = new Set<ChildProcess>();
  let stopping = false;

  for (const step of steps) {
    const unknown = [...step.after, ...(step.notBefore ?? [])].filter((name) => !results.has(name));
    if (unknown.length) throw new Error(`${step.name} comes after ${unknown.join(", ")}, which no earlier step is`);
    results.set(step.name, runOne(step));
  }

  async function runOne(step: Step): Promise<StepResult> {
    const before = await Promise.all(step.after.map((name) => results.get(name)!));
    await Promise.all((step.notBefore ?? []).map((name) => results.get(name)!));
    if (stopping || before.some((result) => !result.ok)) {
      say(`${step.name}: skipped (${stopping ? "stopping" : `${step.after.join(", ")} did not pass`})`);
      return { ok: false, skipped: true, ms: 0 };
    }
    say(`${step.name}: ${step.command}`);
    const begun = Date.now();
    const output: Buffer[] = [];
    const child = spawn(step.command, {
      shell: true,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${env.PATH ?? ""}` },
    });
    children.add(child);
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    const code = await new Promise<number>((resolve) => {
      child.on("error", (error) => (output.push(Buffer.from(`${error.message}\n`)), resolve(127)));
      child.on("close", (exit, signal) => resolve(exit ?? (signal ? 128 : 1)));
    });
    children.delete(child);
    const ms = Date.now() - begun;
    write(`\n──── ${step.name} (${step.command}) ────\n${Buffer.concat(output).toString()}`);
    say(`${step.name}: ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds(ms)}\n`);
    return { ok: code === 0, code, ms };
  }

  const done = (async () => {
    const all = await Promise.all(steps.map((step) => results.get(step.name)!));
    const ok = all.every((result) => result.ok);
    const summary = steps.map((step, index) => {
      const result = all[index]!;
      return result.skipped ? `${step.name} skipped` : `${step.name} ${result.ok ? "passed" : "FAILED"} (${seconds(result.ms)})`;
    });
    say(`${ok ? "all passed" : "FAILED"}: ${summary.join(", ")}; ${seconds(Date.now() - started)} in all`);
    return { ok, results: Object.fromEntries(steps.map((step, index) => [step.name, all[index]])) };
  })();

  return {
    done,
    stop(signal: NodeJS.Signals) {
      stopping = true;
      for (const child of children) {
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      }
    },
  };
}
