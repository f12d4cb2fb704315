import { ChannelRoom } from "@/components/channel/channel-room";

export const metadata = { title: "Incident channel", robots: { index: false } };

export default async function ChannelPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <ChannelRoom token={token} />;
}
