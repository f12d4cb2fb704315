"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { DrillView } from "@/lib/drills/view";
import { pauseDrillMutation, resumeDrillMutation } from "@/lib/queries/drills";
import { Button } from "../ui/button";

/** Pausing stops the clock and shifts everything pending by the length of the pause. */
export function PauseButton({ drill }: { drill: DrillView }) {
  const paused = drill.clock.pausedAt !== null;
  const toggle = useMutation((paused ? resumeDrillMutation : pauseDrillMutation)(useQueryClient(), drill.id));
  return (
    <Button variant={paused ? "primary" : "secondary"} disabled={toggle.isPending} onClick={() => toggle.mutate()} title={toggle.error?.message}>
      {paused ? "Resume clock" : "Pause clock"}
    </Button>
  );
}
