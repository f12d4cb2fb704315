"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button, type ButtonProps } from "@/components/ui/button";
import { runDrillMutation } from "@/lib/queries/drills";

/** Creates a drill from the scenario's current revision and opens its control room. */
export function RunDrillButton({ scenarioId, title, size = "sm", disabled, variant = "success" }: { scenarioId: string; title: string; size?: ButtonProps["size"]; disabled?: boolean; variant?: ButtonProps["variant"] }) {
  const router = useRouter();
  const client = useQueryClient();
  const run = useMutation(runDrillMutation(client));
  // Stay "Starting…" through the navigation so nobody double-starts a drill.
  const busy = run.isPending || run.isSuccess;
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant={variant} size={size} className="whitespace-nowrap" disabled={disabled || busy} onClick={() => run.mutate(scenarioId, { onSuccess: (drill) => router.push(`/drills/${drill.id}`) })} aria-label={`Run drill: ${title}`} title="Start a new drill from the current revision">
        <svg aria-hidden viewBox="0 0 16 16" className="h-3 w-3" fill="currentColor">
          <path d="M4 2.5v11l9-5.5z" />
        </svg>
        {busy ? "Starting…" : "Run drill"}
      </Button>
      {run.error && (
        <p role="alert" className="max-w-56 text-right text-xs text-rose-400">
          {run.error.message}
        </p>
      )}
    </div>
  );
}
