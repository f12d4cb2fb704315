import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../../lib/logger";
import { startRuntime, stopRuntime } from "../../lib/runtime";
import { isAlreadyExists } from "../../lib/runtime/script-scheduler";
import { SweepingWorker, type Worker } from "../../lib/runtime/worker";

afterEach(async () => {
  await stopRuntime();
  vi.restoreAllMocks();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a sweeping worker", () => {
  it("logs a failing sweep once, with the worker's name, and sweeps again on time", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const failure = new Error("database hiccup");
    let sweeps = 0;
    const worker = new SweepingWorker({
      name: "test worker",
      everyMs: 20,
      sweep: async () => {
        sweeps += 1;
        if (sweeps === 2) throw failure;
      },
    });
    await worker.start();
    await vi.waitFor(() => expect(sweeps).toBeGreaterThanOrEqual(4), { timeout: 2000 });
    await worker.stop();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toEqual({ err: failure, worker: "test worker" });
  });

  it("never runs two sweeps at once, and stop waits for the one under way", async () => {
    let running = 0;
    let most = 0;
    let finished = 0;
    const worker = new SweepingWorker({
      name: "slow worker",
      everyMs: 5,
      sweep: async () => {
        most = Math.max(most, ++running);
        await wait(30);
        running -= 1;
        finished += 1;
      },
    });
    await worker.start();
    await wait(100);
    await worker.stop();
    const afterStop = finished;
    expect(most).toBe(1);
    expect(running).toBe(0);
    await wait(60);
    expect(finished).toBe(afterStop);
  });
});

describe("the runtime", () => {
  function recording(name: string, events: string[], failStart = false): Worker {
    return {
      name,
      start: async () => {
        events.push(`start ${name}`);
        if (failStart) throw new Error(`${name} cannot start`);
      },
      stop: async () => void events.push(`stop ${name}`),
    };
  }

  it("starts the workers of its list in order, once per process, and stops them in reverse", async () => {
    const events: string[] = [];
    const list = () => [recording("a", events), recording("b", events), recording("c", events)];
    await startRuntime(list);
    await startRuntime(list);
    await stopRuntime();
    expect(events).toEqual(["start a", "start b", "start c", "stop c", "stop b", "stop a"]);
  });

  it("surfaces a worker that cannot start, and still stops what it started, that one included", async () => {
    const events: string[] = [];
    await expect(startRuntime(() => [recording("a", events), recording("b", events, true), recording("c", events)])).rejects.toThrow("b cannot start");
    await stopRuntime();
    expect(events).toEqual(["start a", "start b", "stop b", "stop a"]);
  });
});

describe("creating the script queue", () => {
  it("tolerates only a queue another instance created at the same moment", () => {
    expect(isAlreadyExists(Object.assign(new Error('relation "j1" already exists'), { code: "42P07" }))).toBe(true);
    expect(isAlreadyExists(Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" }))).toBe(true);
    expect(isAlreadyExists(Object.assign(new Error("permission denied for schema pgboss"), { code: "42501" }))).toBe(false);
    expect(isAlreadyExists(new Error("Connection terminated unexpectedly"))).toBe(false);
  });
});
