import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { Card } from "../ui/card";
import { AbortButton } from "./abort-button";
import { DeleteDrillButton } from "./delete-drill-button";

/** Abort (and deleting a planned drill), set apart from the lifecycle buttons: never the button next to Start. */
export function DangerZone({ drill }: { drill: DrillView }) {
  return (
    <Card title={<span className="text-rose-300">Danger zone</span>} className="border-rose-900/60">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="min-w-0 flex-1 text-xs leading-relaxed text-zinc-400">
          {drill.status === "planned" ? "Abort ends this drill as aborted before it starts; it stays on record." : "Abort stops the drill now: every outstanding rollback runs, latest first, and the channel is told."}
        </p>
        <AbortButton drill={drill} />
      </div>
      {can(drill.status, "delete") && (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3 border-t border-rose-900/40 pt-3">
          <p className="min-w-0 flex-1 text-xs leading-relaxed text-zinc-400">Delete removes this drill entirely, as if it had never been created (a duplicate, a mistake).</p>
          <DeleteDrillButton drill={drill} after="/drills" />
        </div>
      )}
    </Card>
  );
}
