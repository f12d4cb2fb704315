import { Suspense } from "react";
import { AppShell } from "@/components/app-shell";
import { AnalyticsPage } from "@/components/analytics/analytics-page";

export const metadata = { title: "Analytics" };

export default function Analytics() {
  return (
    <AppShell wide>
      <h1 className="mb-1 text-xl font-semibold text-white">Analytics</h1>
      <p className="mb-4 text-sm text-zinc-400">How closed drills went, month by month, per team and per scenario: every figure says how many drills it rests on.</p>
      {/* The filters live in the address, which is read in the browser. */}
      <Suspense fallback={<p className="text-sm text-zinc-500">Loading the figures…</p>}>
        <AnalyticsPage />
      </Suspense>
    </AppShell>
  );
}
