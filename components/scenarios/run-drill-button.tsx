"use client";

import { useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { CreateDrillDialog } from "./create-drill-dialog";

/** Opens the create-drill dialog for the scenario's current revision; the drill exists only once it is confirmed there. */
export function RunDrillButton({ scenarioId, title, size = "sm", disabled, variant = "success" }: { scenarioId: string; title: string; size?: ButtonProps["size"]; disabled?: boolean; variant?: ButtonProps["variant"] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size={size} className="whitespace-nowrap" disabled={disabled} onClick={() => setOpen(true)} aria-label={`Run drill: ${title}`} aria-haspopup="dialog" title="Create a drill from the current revision">
        <svg aria-hidden viewBox="0 0 16 16" className="h-3 w-3" fill="currentColor">
          <path d="M4 2.5v11l9-5.5z" />
        </svg>
        Run drill
      </Button>
      <CreateDrillDialog scenarioId={scenarioId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
