import type { ChildProcess } from "node:child_process";

/** What the supervisor needs of a server: start it, and the process it runs as while it runs. */
export interface SupervisedServer {
  start(): Promise<void>;
  process(): ChildProcess | undefined;
}

export interface SupervisorOptions {
  log: (message: string) => void;
  /** Called once when restarting has failed `maxFailures` times in a row: nothing more is tried. */
  onGiveUp: (error: Error) => void;
  /** Waits before each restart attempt of a row; the last one repeats. */
  backoffMs?: readonly number[];
  maxFailures?: number;
  /** A restart counts as a success only once the server has stayed up this long. */
  stableAfterMs?: number;
}

export interface Supervisor {
  /** Stop watching (before stopping the server on purpose). */
  release(): void;
}

const DEFAULT_BACKOFF_MS = [500, 1_000, 2_000, 4_000, 8_000];

/**
 * Restarts a server whose process exits without being asked to, with backoff, and gives up after `maxFailures` failed
 * restarts in a row (one that does not start, or dies again before `stableAfterMs`), so that the app does not stay up
 * without its database: the caller exits and a process supervisor takes over.
 */
export function superviseServer(server: SupervisedServer, options: SupervisorOptions): Supervisor {
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxFailures = options.maxFailures ?? 5;
  const stableAfterMs = options.stableAfterMs ?? 30_000;
  let released = false;
  let failures = 0;
  let startedAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const watch = () => {
    const child = server.process();
    if (!child) return void restartAfterExit("no process");
    child.once("exit", (code, signal) => {
      if (released) return;
      restartAfterExit(signal ? `signal ${signal}` : `code ${code}`);
    });
  };

  const restartAfterExit = (how: string) => {
    if (Date.now() - startedAt >= stableAfterMs) failures = 0;
    options.log(`embedded PostgreSQL exited (${how})`);
    scheduleRestart();
  };

  const scheduleRestart = () => {
    if (failures >= maxFailures) {
      options.log(`embedded PostgreSQL: giving up after ${failures} failed restarts in a row`);
      released = true;
      options.onGiveUp(new Error(`embedded PostgreSQL could not be restarted (${failures} attempts)`));
      return;
    }
    const waitMs = backoff[Math.min(failures, backoff.length - 1)]!;
    failures += 1;
    options.log(`embedded PostgreSQL: restarting in ${waitMs} ms (attempt ${failures} of ${maxFailures})`);
    timer = setTimeout(async () => {
      if (released) return;
      try {
        await server.start();
        if (released) return;
        startedAt = Date.now();
        options.log("embedded PostgreSQL restarted");
        watch();
      } catch (error) {
        options.log(`embedded PostgreSQL did not start: ${error instanceof Error && error.message ? error.message : "it exited during start-up"}`);
        scheduleRestart();
      }
    }, waitMs);
  };

  watch();
  return {
    release: () => {
      released = true;
      clearTimeout(timer);
    },
  };
}
