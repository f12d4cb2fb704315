"use client";

import { ReplayPage } from "./replay-page";

/** The replay for a share link's holder: signed out, read-only, in the watch page's plain frame. */
export function WatchReplay({ token }: { token: string }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-zinc-800 bg-zinc-950/90">
        <div className="mx-auto flex h-12 max-w-[1600px] items-center gap-2 px-4 text-sm font-semibold tracking-tight text-white">
          <span className="inline-block h-2.5 w-2.5 rounded-full bg-rose-500 shadow-[0_0_8px] shadow-rose-500" aria-hidden />
          drillroom
          <span className="ml-2 rounded bg-sky-900/80 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-sky-100 uppercase">Read-only</span>
        </div>
      </header>
      <main className="mx-auto max-w-[1600px] px-4 py-5">
        <ReplayPage source={{ kind: "watch", token }} />
      </main>
    </div>
  );
}
