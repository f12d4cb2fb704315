"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import Link from "next/link";
import { ApiError } from "@/lib/api-client";
import { replayPage } from "@/lib/queries/replay";
import { watchDrillQuery, watchDrillSource } from "@/lib/queries/watch";
import { drillPhase } from "../drills/drill-phase";
import { LiveObserverView } from "../drills/observer-view";

function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-zinc-800 bg-zinc-950/90">
        <div className="mx-auto flex h-12 max-w-[1600px] items-center gap-2 px-4 text-sm font-semibold tracking-tight text-white">
          <span className="inline-block h-2.5 w-2.5 rounded-full bg-rose-500 shadow-[0_0_8px] shadow-rose-500" aria-hidden />
          drillroom
        </div>
      </header>
      <main className="mx-auto max-w-[1600px] px-4 py-5">{children}</main>
    </div>
  );
}

function InvalidLink() {
  return (
    <div className="mx-auto mt-16 flex max-w-md flex-col gap-2 rounded-lg border border-zinc-800 bg-zinc-900/60 p-6">
      <h1 className="text-lg font-semibold text-white">This link is not valid</h1>
      <p className="text-sm leading-relaxed text-zinc-400">It may have expired or been revoked. Ask the drill&apos;s facilitator for a new link.</p>
    </div>
  );
}

/** What a share link's holder sees: the observer's screen, live while the drill runs, with nothing to act with. */
export function WatchRoom({ token }: { token: string }) {
  const drill = useQuery(watchDrillQuery(token));
  if (drill.error instanceof ApiError && drill.error.status === 404)
    return (
      <Frame>
        <InvalidLink />
      </Frame>
    );
  return (
    <Frame>
      <div className="flex flex-col gap-3">
        <p className="flex items-center gap-2 rounded-md border border-sky-900 bg-sky-950/40 px-3 py-2 text-sm text-sky-200">
          <span className="rounded bg-sky-900/80 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-sky-100 uppercase">Read-only</span>
          {drill.data && drillPhase(drill.data.status) === "ended"
            ? "You are looking at this drill through a shared link. It has ended: this is its record, and you cannot act in it."
            : "You are watching this drill through a shared link: you see what happens live, and cannot act in it."}
          {drill.data && drillPhase(drill.data.status) === "ended" && (
            <Link href={replayPage({ kind: "watch", token })} className="ml-auto shrink-0 font-medium text-sky-300 hover:underline">
              ▶ Replay the drill
            </Link>
          )}
        </p>
        <LiveObserverView source={watchDrillSource(token)} readOnly />
      </div>
    </Frame>
  );
}
