import { MILESTONES } from "../../drill-model/milestone-names";
import { MILESTONE_LABELS } from "../../drill-model/milestones";
import type { ReachedMilestones } from "./milestones";
import { isPersonMessage } from "./participation";
import { earliest, type ScannedTimeline } from "./scan";
import type { MeasuredTime, Reference, TimeKey } from "./types";

type Found = Pick<MeasuredTime, "offsetMs" | "source" | "seq" | "by">;

const NOTHING: Found = { offsetMs: null, source: null, seq: null, by: null };

/** A time "from" somewhere; negative when it happened before (a message before the injection), never clamped. */
const since = (offsetMs: number | null, from: number | null) => (offsetMs === null || from === null ? null : offsetMs - from);

function measured(key: TimeKey, label: string, found: Found, reference: Reference): MeasuredTime {
  return { key, label, ...found, fromReferenceMs: since(found.offsetMs, reference.offsetMs), fromFirstAlertMs: since(found.offsetMs, reference.firstAlertOffsetMs) };
}

/** First response in the channel, then every milestone in the usual order, each from the reference and from the first alert. */
export function measureTimes(scan: ScannedTimeline, reached: ReachedMilestones, reference: Reference): MeasuredTime[] {
  const first = earliest(scan.of("chat.message"), (event) => scan.during(event) && isPersonMessage(event));
  const firstResponse: Found = first ? { offsetMs: first.offsetMs, source: "timeline", seq: first.id, by: first.actor.name } : NOTHING;
  return [
    measured("first_response", "First response", firstResponse, reference),
    ...MILESTONES.map((milestone) => {
      const hit = reached.get(milestone);
      return measured(milestone, MILESTONE_LABELS[milestone], hit ? { offsetMs: hit.offsetMs, source: hit.source, seq: hit.seq, by: hit.by } : NOTHING, reference);
    }),
  ];
}
