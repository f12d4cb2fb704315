import { AppShell } from "@/components/app-shell";
import { ExerciseList } from "@/components/exercises/exercise-list";

export const metadata = { title: "Exercises" };

export default function ExercisesPage() {
  return (
    <AppShell>
      <h1 className="mb-1 text-xl font-semibold text-white">Exercises</h1>
      <p className="mb-4 text-sm text-zinc-400">Game days: the drills run together on one day, and one report for them all.</p>
      <ExerciseList />
    </AppShell>
  );
}
