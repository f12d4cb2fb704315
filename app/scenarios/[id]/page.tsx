import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { ScenarioDetail } from "@/components/scenarios/scenario-detail";

export const metadata: Metadata = { title: "Scenario" };

export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell wide>
      <ScenarioDetail id={id} />
    </AppShell>
  );
}
