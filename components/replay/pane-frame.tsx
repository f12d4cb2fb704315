import type { ReactNode } from "react";

/** A side of the replay: its title, how much of it had happened by the play head, and the list. */
export function PaneFrame({ title, count, total, children }: { title: string; count: number; total: number; children: ReactNode }) {
  return (
    <section aria-label={title} className="flex min-w-0 flex-col rounded-lg border border-zinc-800 bg-zinc-900/60">
      <header className="flex items-center justify-between gap-2 border-b border-zinc-800 px-3 py-2">
        <h2 className="text-xs font-semibold tracking-wide text-zinc-400 uppercase">{title}</h2>
        <span className="font-mono text-[11px] text-zinc-500 tabular-nums">
          {count.toLocaleString("en")} of {total.toLocaleString("en")}
        </span>
      </header>
      {children}
    </section>
  );
}
