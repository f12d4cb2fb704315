import type { Metadata } from "next";
import { WatchReplay } from "@/components/replay/watch-replay";

// The link's token is in the path: no Referer carries it to another site.
export const metadata: Metadata = { title: "Replay", robots: { index: false }, referrer: "no-referrer" };

export default async function WatchReplayPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <WatchReplay token={token} />;
}
