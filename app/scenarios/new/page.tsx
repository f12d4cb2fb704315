import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { NewScenario } from "@/components/scenarios/edit-scenario";

export const metadata: Metadata = { title: "New scenario" };

export default function NewScenarioPage() {
  return (
    <AppShell wide>
      <NewScenario />
    </AppShell>
  );
}
