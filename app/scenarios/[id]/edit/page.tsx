import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { RequirePermission } from "@/components/auth/require-permission";
import { EditScenario } from "@/components/scenarios/edit-scenario";

export const metadata: Metadata = { title: "Edit scenario" };

export default async function EditScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell wide>
      <RequirePermission permission="scenario.write" back={{ href: `/scenarios/${id}`, label: "Back to the scenario" }}>
        <EditScenario id={id} />
      </RequirePermission>
    </AppShell>
  );
}
