import { ENDED_STATUSES } from "@/lib/drill-model/state-machine";

/**
 * Where a drill is in its life, as the screens need it: only `running` acts, only `ended` shows the
 * outcome. A status this page does not know (say, one a newer server sends) is treated as ending:
 * nothing live is offered and nothing claims the drill is over.
 */
export type DrillPhase = "planned" | "running" | "ending" | "ended";

const ENDED: readonly string[] = [...ENDED_STATUSES, "in_review", "closed"];

export function drillPhase(status: string): DrillPhase {
  if (status === "planned" || status === "running") return status;
  return ENDED.includes(status) ? "ended" : "ending";
}
