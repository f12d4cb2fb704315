import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { RequirePermission } from "@/components/auth/require-permission";
import { NewScenario } from "@/components/scenarios/edit-scenario";

export const metadata: Metadata = { title: "New scenario" };

export default function NewScenarioPage() {
  return (
    <AppShell wide>
      <RequirePermission permission="scenario.write" back={{ href: "/scenarios", label: "Back to the scenario library" }}>
        <NewScenario />
      </RequirePermission>
    </AppShell>
  );
}
