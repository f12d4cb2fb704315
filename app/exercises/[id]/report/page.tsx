import { AppShell } from "@/components/app-shell";
import { ExerciseReportView } from "@/components/exercises/exercise-report-view";

export const metadata = { title: "Exercise report" };

export default async function ExerciseReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell>
      <ExerciseReportView exerciseId={id} />
    </AppShell>
  );
}
