import type { EventOf, ScannedTimeline } from "./scan";
import type { AlertScore } from "./types";

/** Each fired alert with its acknowledgement: the first one of the same alert after it that no earlier firing took. */
export function scoreAlerts(scan: ScannedTimeline): AlertScore[] {
  const acknowledgements = new Map<string, EventOf<"alert.acknowledged">[]>();
  for (const event of scan.of("alert.acknowledged")) {
    const list = acknowledgements.get(event.body.alertId);
    if (list) list.push(event);
    else acknowledgements.set(event.body.alertId, [event]);
  }
  const taken = new Map<string, number>();
  return scan.of("alert.fired").map((fired) => {
    const list = acknowledgements.get(fired.body.alertId) ?? [];
    let next = taken.get(fired.body.alertId) ?? 0;
    while (next < list.length && list[next]!.id < fired.id) next += 1;
    const acknowledged = list[next] ?? null;
    taken.set(fired.body.alertId, acknowledged ? next + 1 : next);
    const firedOffsetMs = fired.offsetMs ?? 0;
    const acknowledgedOffsetMs = acknowledged?.offsetMs ?? null;
    return {
      alertId: fired.body.alertId,
      title: fired.body.title,
      firedOffsetMs,
      acknowledgedOffsetMs,
      timeToAcknowledgeMs: acknowledgedOffsetMs === null ? null : acknowledgedOffsetMs - firedOffsetMs,
      by: acknowledged?.actor.name ?? null,
    };
  });
}
