"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorBanner } from "@/components/ui/field";
import { readinessQuery } from "@/lib/queries/readiness";
import type { ReadinessView } from "@/lib/injections/readiness/views";
import { ReadinessChecklist } from "./checklist";
import { DryRunSection } from "./dry-run-section";
import { ReadinessHistory } from "./readiness-history";

/**
 * The story's pre-drill test for one scenario: three checklist items (who, when, on which
 * revision, why) and dry runs of its injections and rollbacks against their real targets.
 */
export function ReadinessPanel({ scenarioId }: { scenarioId: string }) {
  const readiness = useQuery(readinessQuery(scenarioId));
  return (
    <Card title="Readiness" actions={readiness.data ? <ReadinessScore readiness={readiness.data} /> : null}>
      {readiness.isPending ? (
        <div className="flex flex-col gap-2" aria-busy="true">
          <p className="sr-only">Loading readiness…</p>
          {[0, 1, 2].map((row) => (
            <div key={row} className="h-10 motion-safe:animate-pulse rounded bg-zinc-800/60" />
          ))}
        </div>
      ) : readiness.error ? (
        <div className="flex items-center gap-2">
          <ErrorBanner message={`Could not load readiness: ${readiness.error.message}`} />
          <Button size="sm" onClick={() => readiness.refetch()}>
            Retry
          </Button>
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <ReadinessChecklist readiness={readiness.data} />
          <DryRunSection readiness={readiness.data} />
          <ReadinessHistory history={readiness.data.history} />
        </div>
      )}
    </Card>
  );
}

function ReadinessScore({ readiness }: { readiness: ReadinessView }) {
  const items = Object.values(readiness.items);
  const done = items.filter((check) => check?.verified).length;
  const stale = items.some((check) => check?.verified && check.revision < readiness.currentRevision);
  const tone = done === items.length ? (stale ? "warning" : "success") : done ? "warning" : "neutral";
  return (
    <Badge tone={tone}>
      {done}/{items.length} verified{stale ? " · older revision" : ""}
    </Badge>
  );
}
