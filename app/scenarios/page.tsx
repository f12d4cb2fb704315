import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { ScenarioLibrary } from "@/components/scenarios/scenario-library";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  return (
    <AppShell wide>
      <ScenarioLibrary initialQuery={typeof q === "string" ? q : ""} />
    </AppShell>
  );
}
