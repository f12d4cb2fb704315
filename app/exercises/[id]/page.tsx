import { AppShell } from "@/components/app-shell";
import { ExerciseDetail } from "@/components/exercises/exercise-detail";

export const metadata = { title: "Exercise" };

export default async function ExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell>
      <ExerciseDetail id={id} />
    </AppShell>
  );
}
