import type { DrillOutcome, DrillStatus } from "@/lib/drill-model/state-machine";
import { Badge } from "../ui/badge";
import { StatusBadge } from "../drills/status-badge";
import { OUTCOME_LOOK } from "../review/report/format";

/** Where a drill of a game day stands: its outcome once it has one (kept through review and close), else its status. */
export function DrillStanding({ status, outcome }: { status: DrillStatus; outcome: DrillOutcome | null }) {
  if (!outcome) return <StatusBadge status={status} />;
  const look = OUTCOME_LOOK[outcome];
  return (
    <span className="inline-flex items-center gap-1">
      <Badge tone={look?.tone ?? "neutral"} className="uppercase">
        {look?.label ?? outcome}
      </Badge>
      {(status === "in_review" || status === "closed") && <span className="text-[11px] text-zinc-500">{status === "closed" ? "closed" : "in review"}</span>}
    </span>
  );
}
