import { AppShell } from "@/components/app-shell";
import { DrillList } from "@/components/drills/drill-list";
import { Card } from "@/components/ui/card";

export const metadata = { title: "Drills" };

export default function DrillsPage() {
  return (
    <AppShell>
      <h1 className="mb-4 text-xl font-semibold text-white">Drills</h1>
      <Card>
        <DrillList />
      </Card>
    </AppShell>
  );
}
