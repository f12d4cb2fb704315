import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { ScenarioLibrary } from "@/components/scenarios/scenario-library";

export const metadata: Metadata = { title: "Scenarios" };

type Search = Record<"q" | "tag" | "component" | "ready" | "archived", string | string[] | undefined>;

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<Partial<Search>> }) {
  const params = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
  const ready = one(params.ready);
  return (
    <AppShell wide>
      <ScenarioLibrary
        initialFilters={{
          search: one(params.q),
          tag: one(params.tag),
          component: one(params.component),
          ready: ready === "true" || ready === "false" ? ready : "",
          archived: one(params.archived) === "true",
        }}
      />
    </AppShell>
  );
}
