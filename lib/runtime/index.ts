import { logger } from "../logger";
import { processValue, setProcessValue } from "../process-state";
import { endAllStreams } from "../timeline/stream";
import { processWorkers } from "./workers";
import type { Worker } from "./worker";

interface Running {
  /** In start order; a worker is here from the moment its start begins, so a half-started one is stopped too. */
  workers: Worker[];
  starting: Promise<void>;
}

/** Starts the workers (by default `processWorkers()`), one after another, once per process. */
export function startRuntime(list: () => Worker[] = processWorkers): Promise<void> {
  const running = processValue<Running>("runtime");
  if (running) return running.starting;
  const workers: Worker[] = [];
  const starting = (async () => {
    for (const worker of list()) {
      workers.push(worker);
      await worker.start();
      logger.info({ worker: worker.name }, "worker started");
    }
  })();
  setProcessValue<Running>("runtime", { workers, starting });
  return starting;
}

/** Stops every worker in reverse start order; the process keeps no timer or connection of theirs. */
export async function stopRuntime(): Promise<void> {
  // Open streams would hold the server up to SSE_MAX_CONNECTION_MS; ended now, browsers reconnect elsewhere and resume.
  const ended = endAllStreams();
  if (ended) logger.info({ streams: ended }, "live streams ended for shutdown");
  const running = processValue<Running>("runtime");
  if (!running) return;
  setProcessValue("runtime", undefined);
  await running.starting.catch(() => {}); // a worker that failed to start is stopped like the rest
  for (const worker of [...running.workers].reverse()) {
    await worker.stop().catch((error: unknown) => logger.error({ err: error, worker: worker.name }, "worker did not stop cleanly"));
  }
}
