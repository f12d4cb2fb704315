import type { Metadata } from "next";
import { WatchReport } from "@/components/review/report/watch-report";

// The link's token is in the path: no Referer carries it to another site.
export const metadata: Metadata = { title: "Drill report", robots: { index: false }, referrer: "no-referrer" };

export default async function WatchReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <WatchReport token={token} />;
}
