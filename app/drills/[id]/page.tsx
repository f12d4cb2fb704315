import { AppShell } from "@/components/app-shell";
import { ControlRoom } from "@/components/drills/control-room";

export const metadata = { title: "Control room" };

export default async function ControlRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell wide>
      <ControlRoom drillId={id} />
    </AppShell>
  );
}
