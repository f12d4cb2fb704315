import type { DrillReport, ExerciseReport } from "../report/types";
import { drillBlocks } from "./outline/drill";
import { exerciseBlocks } from "./outline/exercise";
import { blocksToMarkdown } from "./outline/to-markdown";

/** A drill's report as Markdown: the same sections as the PDF, every wall time in the team's zone. */
export function renderReportMarkdown(report: DrillReport): string {
  return blocksToMarkdown(drillBlocks(report));
}

/** An exercise's report as Markdown: the roll-up, then each drill's report. */
export function renderExerciseMarkdown(report: ExerciseReport): string {
  return blocksToMarkdown(exerciseBlocks(report));
}
