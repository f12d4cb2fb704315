import Link from "next/link";
import { ApiError } from "@/lib/api-client";
import { Button } from "@/components/ui/button";
import { ErrorBanner } from "@/components/ui/field";

export function PageSkeleton({ label }: { label: string }) {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <p className="sr-only">{label}</p>
      <div className="h-7 w-2/3 motion-safe:animate-pulse rounded bg-zinc-800/70" />
      <div className="h-4 w-1/3 motion-safe:animate-pulse rounded bg-zinc-800/50" />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="h-48 motion-safe:animate-pulse rounded-lg bg-zinc-900" />
        <div className="h-48 motion-safe:animate-pulse rounded-lg bg-zinc-900" />
      </div>
    </div>
  );
}

export function LoadFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  if (error instanceof ApiError && error.status === 404)
    return (
      <div className="flex flex-col items-start gap-2 rounded-lg border border-zinc-800 p-6">
        <h1 className="text-lg font-semibold text-white">Scenario not found</h1>
        <p className="text-sm text-zinc-400">It may have been archived, or the link is wrong.</p>
        <Link href="/scenarios" className="text-sm text-sky-400 hover:underline">
          Back to the scenario library
        </Link>
      </div>
    );
  return (
    <div className="flex items-center gap-3">
      <ErrorBanner message={`Could not load the scenario: ${error.message}`} />
      <Button size="sm" onClick={onRetry}>
        Retry
      </Button>
    </div>
  );
}
