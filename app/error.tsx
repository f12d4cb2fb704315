"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";

/**
 * A page whose server part failed. In production Next hides the error's message, so the health endpoint tells whether
 * the database is away (the page then opens by itself once it is back) or something else broke.
 */
export default function PageError({ error }: { error: Error & { digest?: string } }) {
  const [database, setDatabase] = useState<"checking" | "up" | "away">("checking");
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" }).then(
      (response) => setDatabase(response.status === 503 ? "away" : "up"),
      () => setDatabase("up"),
    );
  }, []);
  return (
    <main className="mx-auto mt-16 max-w-lg px-4">
      <section className="rounded-lg border border-zinc-800 bg-zinc-900/60 p-6">
        <h1 className="mb-3 text-lg font-semibold text-white">{database === "away" ? "drillroom is waiting for its database" : "This page could not be opened"}</h1>
        {database === "away" ? (
          <DatabaseUnavailable />
        ) : (
          <div className="flex flex-col items-start gap-2">
            <p className="text-sm leading-relaxed text-zinc-400">
              Something went wrong on drillroom&apos;s side while making this page. It has been logged
              {error.digest ? (
                <>
                  {" "}
                  as <code className="text-zinc-300">{error.digest}</code>
                </>
              ) : null}
              .
            </p>
            <Button size="sm" disabled={database === "checking"} onClick={() => window.location.reload()}>
              Try again
            </Button>
          </div>
        )}
      </section>
    </main>
  );
}
