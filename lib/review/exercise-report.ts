import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
import { isEnded, type DrillOutcome } from "../drill-model/state-machine";
import { env } from "../env";
import { exerciseOrThrow } from "../exercises/view";
import { getReport } from "./get-report";
import { canonicalJson } from "./report/canonical";
import { planOf } from "./report/plan";
import type { DrillReport, ExerciseDrillRollup, ExerciseDrillSurvey, ExerciseReport } from "./report/types";
import type { ReportFormat, RenderedReport } from "./get-report";
import { renderExerciseMarkdown } from "./render/markdown";
import { renderExercisePdf } from "./render/pdf";

function surveyRollup(report: DrillReport): ExerciseDrillSurvey | null {
  const survey = report.sections.survey;
  if (!survey) return null;
  const average = (id: string) => survey.questions.find((question) => question.id === id)?.average ?? null;
  return { answers: survey.answers, difficulty: average("difficulty"), usefulness: average("usefulness"), enjoyment: average("enjoyment") };
}

function rollup(report: DrillReport): ExerciseDrillRollup {
  const { scorecard, drill } = report;
  const from = (key: string) => scorecard.times.find((time) => time.key === key)?.fromReferenceMs ?? null;
  return {
    id: drill.id,
    title: drill.title,
    scenarioTitle: drill.scenarioTitle,
    status: drill.status,
    outcome: drill.outcome,
    final: report.final,
    durationMs: scorecard.timeBox.usedMs,
    timeBoxMinutes: drill.timeBoxMinutes,
    criteriaMet: scorecard.criteria.filter((criterion) => criterion.met).length,
    criteriaTotal: scorecard.criteria.length,
    ratings: scorecard.objectives.map((objective) => ({ id: objective.id, name: objective.name, rating: objective.rating })),
    timeToMitigateMs: from("mitigated"),
    timeToAcknowledgeMs: from("acknowledged"),
    summary: report.summary,
    survey: surveyRollup(report),
  };
}

/** A game day's report: each ended drill's report (frozen where closed), rolled up side by side. Drills not yet ended are listed without scores. */
export async function getExerciseReport({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ExerciseReport> {
  authorize(ctx, "drill.read");
  const exercise = await exerciseOrThrow(dbOf(ctx), input.id);
  const reports: DrillReport[] = [];
  const drills: ExerciseDrillRollup[] = [];
  for (const drill of exercise.drills) {
    if (!isEnded(drill.status)) {
      drills.push({ id: drill.id, title: drill.title, scenarioTitle: "", status: drill.status, outcome: null, final: false, durationMs: null, timeBoxMinutes: 0, criteriaMet: 0, criteriaTotal: 0, ratings: [], timeToMitigateMs: null, timeToAcknowledgeMs: null, summary: [], survey: null });
      continue;
    }
    const report = await getReport({ ctx, input: { drillId: drill.id } });
    reports.push(report);
    drills.push(rollup(report));
  }
  const byOutcome: Record<string, number> = {};
  const ratings: Record<string, number> = {};
  for (const drill of drills) {
    const outcome: DrillOutcome | "not ended" = drill.outcome ?? "not ended";
    byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
    for (const { rating } of drill.ratings) ratings[rating] = (ratings[rating] ?? 0) + 1;
  }
  return {
    kind: "exercise",
    version: 1,
    generatedAt: nowOf(ctx).toISOString(),
    timeZone: env().DRILLROOM_TIMEZONE,
    exercise: { id: exercise.id, name: exercise.name, date: exercise.date, description: exercise.description },
    drills,
    totals: {
      drills: drills.length,
      byOutcome,
      criteriaMet: drills.reduce((sum, drill) => sum + drill.criteriaMet, 0),
      criteriaTotal: drills.reduce((sum, drill) => sum + drill.criteriaTotal, 0),
      ratings,
    },
    plan: await planOf(dbOf(ctx), { exerciseId: exercise.id }),
    reports,
  };
}

export async function renderExerciseReport({ ctx, input }: { ctx: Ctx; input: { id: string; format: ReportFormat } }): Promise<RenderedReport> {
  const report = await getExerciseReport({ ctx, input: { id: input.id } });
  const body = input.format === "pdf" ? await renderExercisePdf(report) : input.format === "markdown" ? renderExerciseMarkdown(report) : canonicalJson(report);
  return { title: report.exercise.name, final: report.reports.length > 0 && report.reports.every((drill) => drill.final), body };
}
