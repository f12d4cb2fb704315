import { AppShell } from "@/components/app-shell";
import { DrillRoom } from "@/components/drills/drill-room";

export const metadata = { title: "Control room" };

export default async function ControlRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell wide>
      <DrillRoom drillId={id} />
    </AppShell>
  );
}
