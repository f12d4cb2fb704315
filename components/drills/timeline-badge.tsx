import { Badge } from "../ui/badge";
import { StreamBadge } from "../timeline/timeline-list";
import type { StreamState } from "../timeline/use-live-timeline";
import { drillPhase } from "./drill-phase";

/** "live" while the drill can still change; after the end the stream only brings late notes and corrections. */
export function TimelineBadge({ status, state }: { status: string; state: StreamState }) {
  const phase = drillPhase(status);
  if (phase === "planned" || phase === "running" || state === "reconnecting") return <StreamBadge state={state} />;
  return <Badge tone="neutral">{phase === "ended" ? "ended" : "ending…"}</Badge>;
}
