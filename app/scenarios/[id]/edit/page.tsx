import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { EditScenario } from "@/components/scenarios/edit-scenario";

export const metadata: Metadata = { title: "Edit scenario" };

export default async function EditScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell wide>
      <EditScenario id={id} />
    </AppShell>
  );
}
