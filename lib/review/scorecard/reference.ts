import type { Reference } from "./types";
import { earliest, type ScannedTimeline } from "./scan";

/**
 * What times are measured from: the first injection that applied (a manual one has no result; a webhook one applied
 * unless its result failed), else the start; and the first alert fired, if any.
 */
export function findReference(scan: ScannedTimeline): Reference {
  const injection = earliest(scan.of("injection.executed"), (event) => event.body.result?.outcome !== "failed");
  const firstAlert = earliest(scan.of("alert.fired"));
  return {
    from: injection ? "injection" : "start",
    offsetMs: injection?.offsetMs ?? 0,
    injectionStepId: injection?.body.stepId ?? null,
    firstAlertOffsetMs: firstAlert?.offsetMs ?? null,
  };
}
