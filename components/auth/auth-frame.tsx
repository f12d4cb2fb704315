import type { ReactNode } from "react";

/** The plain frame of the pages one reaches signed out: the mark, one card, and a line under it. */
export function AuthFrame({ title, intro, children, footer, wide = false }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode; wide?: boolean }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className={`w-full ${wide ? "max-w-md" : "max-w-sm"}`}>
        <p className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold tracking-tight text-white">
          <span className="inline-block h-3 w-3 rounded-full bg-rose-500 shadow-[0_0_10px] shadow-rose-500" aria-hidden />
          drillroom
        </p>
        <section className="rounded-lg border border-zinc-800 bg-zinc-900/60 p-5 shadow-2xl shadow-black/40">
          <h1 className="text-base font-semibold text-white">{title}</h1>
          {intro && <div className="mt-1.5 text-sm leading-relaxed text-zinc-400">{intro}</div>}
          <div className="mt-4">{children}</div>
        </section>
        {footer && <div className="mt-4 text-center text-xs leading-relaxed text-zinc-500">{footer}</div>}
      </div>
    </main>
  );
}
