"use client";

import type { DrillView } from "@/lib/drills/view";
import { Button } from "../ui/button";
import { useDrillAction } from "./use-drill-action";

/** Pausing stops the clock and shifts everything pending by the length of the pause. */
export function PauseButton({ drill }: { drill: DrillView }) {
  const paused = drill.clock.pausedAt !== null;
  const toggle = useDrillAction(drill.id, paused ? "resume" : "pause");
  return (
    <Button variant={paused ? "primary" : "secondary"} disabled={toggle.isPending} onClick={() => toggle.mutate()} title={toggle.error?.message}>
      {paused ? "Resume clock" : "Pause clock"}
    </Button>
  );
}
