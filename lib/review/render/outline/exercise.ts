import type { ExerciseDrillRollup, ExerciseReport } from "../../report/types";
import type { Block } from "./blocks";
import { drillBlocks } from "./drill";
import { planBlocks } from "./hot-wash";
import { NONE, duration, humanize, oneLine, orNone, outcomeLabel, wallDate, wallTime } from "./format";

const count = (counts: Record<string, number>, label: (key: string) => string): string =>
  Object.entries(counts)
    .filter(([, value]) => value > 0)
    .map(([key, value]) => `${label(key)} ${value}`)
    .join(" · ") || NONE;

const average = (value: number | null) => value?.toFixed(1) ?? NONE;

/** "3.2 / 4.8 / 4.0 (5)": difficulty, usefulness, enjoyment and how many answered. */
const surveyCell = (survey: ExerciseDrillRollup["survey"]): string =>
  survey ? `${average(survey.difficulty)} / ${average(survey.usefulness)} / ${average(survey.enjoyment)} (${survey.answers})` : NONE;

function rollupRow(drill: ExerciseDrillRollup): string[] {
  return [
    `${oneLine(drill.title)}${drill.final ? "" : " (draft)"}`,
    oneLine(drill.scenarioTitle),
    drill.outcome ? outcomeLabel(drill.outcome) : humanize(drill.status),
    `${duration(drill.durationMs)} of ${drill.timeBoxMinutes} min`,
    duration(drill.timeToAcknowledgeMs),
    duration(drill.timeToMitigateMs),
    `${drill.criteriaMet}/${drill.criteriaTotal}`,
    drill.ratings.map((rating) => `${oneLine(rating.name)} ${rating.rating}`).join(", ") || NONE,
    surveyCell(drill.survey),
  ];
}

export function exerciseBlocks(report: ExerciseReport): Block[] {
  const { exercise, totals, timeZone } = report;
  const anyDraft = report.drills.some((drill) => !drill.final);
  return [
    { kind: "heading", level: 1, text: `Exercise report: ${oneLine(exercise.name)}` },
    ...(anyDraft ? [{ kind: "notice", text: "Draft: some drills are still in review, so this report changes until they are closed." } as const] : []),
    { kind: "paragraph", text: `${wallDate(exercise.date, timeZone)} · ${totals.drills} drills · Report made ${wallTime(report.generatedAt, timeZone)} (times in ${timeZone})` },
    { kind: "heading", level: 2, text: "Summary" },
    {
      kind: "fields",
      fields: [
        { label: "Description", value: orNone(exercise.description) },
        { label: "Outcomes", value: count(totals.byOutcome, (key) => humanize(key)) },
        { label: "Success criteria met", value: `${totals.criteriaMet} of ${totals.criteriaTotal}` },
        { label: "Objective ratings", value: count(totals.ratings, (key) => key) },
      ],
    },
    { kind: "heading", level: 2, text: "Drills" },
    report.drills.length
      ? {
          kind: "table",
          columns: [
            { label: "Drill", weight: 1.8 },
            { label: "Scenario", weight: 1.8 },
            { label: "Outcome" },
            { label: "Time used", weight: 1.2 },
            { label: "To acknowledge" },
            { label: "To mitigate" },
            { label: "Criteria met", weight: 0.8 },
            { label: "Ratings", weight: 1.6 },
            { label: "Survey: hard / useful / enjoyable (answers)", weight: 1.6 },
          ],
          rows: report.drills.map(rollupRow),
        }
      : { kind: "paragraph", text: "The exercise has no drills yet." },
    {
      kind: "chart",
      chart: {
        kind: "drills",
        title: "The drills side by side",
        series: ["To acknowledge", "To mitigate", "Time used"],
        drills: report.drills.map((drill) => ({
          label: oneLine(drill.title),
          values: [
            { label: "To acknowledge", valueMs: drill.timeToAcknowledgeMs },
            { label: "To mitigate", valueMs: drill.timeToMitigateMs },
            { label: "Time used", valueMs: drill.durationMs },
          ],
        })),
      },
    },
    ...report.drills.flatMap((drill): Block[] =>
      drill.summary.length ? [{ kind: "heading", level: 3, text: oneLine(drill.title) }, { kind: "list", items: drill.summary }] : [],
    ),
    ...planBlocks(report.plan, 2, timeZone),
    ...report.reports.flatMap((drill): Block[] => [{ kind: "break" }, ...drillBlocks(drill, "nested")]),
  ];
}
