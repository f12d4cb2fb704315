import type { ReactNode } from "react";

/** One titled part of the scorecard. */
export function ScoreSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section data-testid={testId} className="flex flex-col gap-1.5">
      <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

export const cellClass = "px-2 py-1 align-top";
export const headClass = "px-2 py-1 text-left text-[11px] font-semibold tracking-wide text-zinc-500 uppercase";
