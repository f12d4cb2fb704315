"use client";

import { useEffect } from "react";
import { Button } from "./button";

/** As often as the API's Retry-After asks (lib/http/problem.ts). */
const RECHECK_MS = 5_000;

/**
 * Says that the database is away, in place of a page that could not be made without it, and opens the page again by
 * itself once `/api/health` answers 200.
 */
export function DatabaseUnavailable() {
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      const back = await fetch("/api/health", { cache: "no-store" }).then((response) => response.ok, () => false);
      if (back && !stopped) {
        stopped = true;
        clearInterval(timer);
        window.location.reload();
      }
    }, RECHECK_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return (
    <div role="alert" className="flex flex-col items-start gap-2">
      <p className="text-sm font-medium text-rose-200">The database cannot be reached right now.</p>
      <p className="text-sm leading-relaxed text-zinc-400">
        drillroom cannot open this page without it. It checks again every {RECHECK_MS / 1000} seconds and opens the page as soon as the database is back.
      </p>
      <Button size="sm" onClick={() => window.location.reload()}>
        Try now
      </Button>
    </div>
  );
}
