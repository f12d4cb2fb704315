import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { RevisionCompare } from "@/components/scenarios/revisions/revision-compare";

export const metadata: Metadata = { title: "Compare revisions" };

const revisionNumber = (value: string | string[] | undefined) => {
  const number = Number(typeof value === "string" ? value : undefined);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> }) {
  const { id } = await params;
  const { from, to } = await searchParams;
  return (
    <AppShell wide>
      <RevisionCompare scenarioId={id} initialFrom={revisionNumber(from)} initialTo={revisionNumber(to)} />
    </AppShell>
  );
}
