import { logger } from "../logger";

/** A background job of this process: started once from the runtime's list, stopped in reverse order. */
export interface Worker {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface SweepingWorkerSpec {
  name: string;
  /** How often `sweep` runs (it also runs once at start, and on `sweepNow`). */
  everyMs: number;
  /** Looks for work nothing woke this process for: a restart, a lost notification, another instance's crash. */
  sweep(): Promise<unknown>;
  /** Before the first sweep: connect, listen, register. A failure fails `start`. */
  setUp?(): Promise<void>;
  /** After the last sweep finished: release what `setUp` took. */
  tearDown?(): Promise<void>;
}

/**
 * The one worker shape: set up, sweep now and every `everyMs` (never two sweeps at once), stop.
 * A failing sweep is logged once, with the worker's name, and the next one still runs.
 */
export class SweepingWorker implements Worker {
  readonly name: string;
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly spec: SweepingWorkerSpec) {
    this.name = spec.name;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.spec.setUp?.();
    await this.sweepNow();
    if (!this.stopped) this.timer = setInterval(() => void this.sweepNow(), this.spec.everyMs);
  }

  /** Sweeps now, or joins the sweep under way; never rejects. */
  sweepNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.spec
      .sweep()
      .then(
        () => undefined,
        (error: unknown) => logger.warn({ err: error, worker: this.name }, `${this.name}: sweep failed; the next sweep tries again`),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    await this.spec.tearDown?.();
  }
}
