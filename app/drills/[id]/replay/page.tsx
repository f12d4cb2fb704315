import { AppShell } from "@/components/app-shell";
import { ReplayPage } from "@/components/replay/replay-page";

export const metadata = { title: "Replay" };

export default async function DrillReplayPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell wide>
      <ReplayPage source={{ kind: "drill", drillId: id }} />
    </AppShell>
  );
}
