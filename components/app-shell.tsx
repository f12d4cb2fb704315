import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "./auth/user-menu";

/** Header and page frame for the staff pages. The participant channel has its own, plainer frame. */
export function AppShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-zinc-800 bg-zinc-950/90">
        <nav className="mx-auto flex h-12 max-w-[1600px] items-center gap-6 px-4 text-sm">
          <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-white">
            <span className="inline-block h-2.5 w-2.5 rounded-full bg-rose-500 shadow-[0_0_8px] shadow-rose-500" aria-hidden />
            drillroom
          </Link>
          <Link href="/scenarios" className="text-zinc-400 hover:text-white">
            Scenarios
          </Link>
          <Link href="/drills" className="text-zinc-400 hover:text-white">
            Drills
          </Link>
          <Link href="/exercises" className="text-zinc-400 hover:text-white">
            Exercises
          </Link>
          <Link href="/improvements" className="text-zinc-400 hover:text-white">
            Improvements
          </Link>
          <Link href="/analytics" className="text-zinc-400 hover:text-white">
            Analytics
          </Link>
          <UserMenu />
        </nav>
      </header>
      <main className={`mx-auto px-4 py-5 ${wide ? "max-w-[1600px]" : "max-w-6xl"}`}>{children}</main>
    </div>
  );
}
