import type { Metadata } from "next";
import { WatchRoom } from "@/components/watch/watch-room";

// The link's token is in the path: no Referer carries it to another site.
export const metadata: Metadata = { title: "Watching a drill", robots: { index: false }, referrer: "no-referrer" };

export default async function WatchPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <WatchRoom token={token} />;
}
