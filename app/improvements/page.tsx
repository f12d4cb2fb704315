import { Suspense } from "react";
import { AppShell } from "@/components/app-shell";
import { ImprovementsPage } from "@/components/improvements/improvements-page";

export const metadata = { title: "Improvements" };

export default function Improvements() {
  return (
    <AppShell wide>
      <h1 className="mb-1 text-xl font-semibold text-white">Improvements</h1>
      <p className="mb-4 text-sm text-zinc-400">Every action item from drills and game days: who owns it, when it is due, and which later drill proved it fixed.</p>
      {/* The filters live in the address, which is read in the browser. */}
      <Suspense fallback={<p className="text-sm text-zinc-500">Loading the action items…</p>}>
        <ImprovementsPage />
      </Suspense>
    </AppShell>
  );
}
