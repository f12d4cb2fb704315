import type { DrillStatus } from "@/lib/drill-model/state-machine";
import { Badge, type BadgeTone } from "../ui/badge";

const look: Record<DrillStatus, { tone: BadgeTone; label: string }> = {
  planned: { tone: "neutral", label: "planned" },
  running: { tone: "danger", label: "running" },
  mitigated: { tone: "success", label: "mitigated" },
  failed: { tone: "warning", label: "failed" },
  timed_out: { tone: "warning", label: "timed out" },
  aborting: { tone: "danger", label: "aborting" },
  aborted: { tone: "neutral", label: "aborted" },
  in_review: { tone: "info", label: "in review" },
  closed: { tone: "neutral", label: "closed" },
};

export function StatusBadge({ status }: { status: DrillStatus }) {
  // A status this build does not know yet (a newer server) still shows, by its name.
  const { tone, label } = look[status] ?? { tone: "neutral", label: String(status).replaceAll("_", " ") };
  return (
    <Badge tone={tone} className="uppercase">
      {status === "running" && <span className="mr-1 inline-block h-1.5 w-1.5 motion-safe:animate-pulse rounded-full bg-rose-400" aria-hidden />}
      <span data-testid="drill-status">{label}</span>
    </Badge>
  );
}
