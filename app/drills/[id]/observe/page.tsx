import { AppShell } from "@/components/app-shell";
import { ObserverView } from "@/components/drills/observer-view";

export const metadata = { title: "Observer" };

export default async function ObserverPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell wide>
      <ObserverView drillId={id} />
    </AppShell>
  );
}
