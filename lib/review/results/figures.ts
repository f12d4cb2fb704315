import type { DrillReport } from "../report/types";
import type { TimeKey } from "../scorecard/types";

/** What analytics keeps of a drill's frozen report: the figures, never the timeline. Pure. */
export interface DrillFigures {
  revision: number;
  declaredDifficulty: string;
  durationMs: number;
  timeBoxMinutes: number;
  teams: string[];
  firstResponseMs: number | null;
  acknowledgeMs: number | null;
  escalateMs: number | null;
  mitigateMs: number | null;
  hintsUsed: number;
  criteriaMet: number;
  criteriaTotal: number;
  ratings: Record<string, string>;
  surveyAnswers: number;
  difficultyAvg: number | null;
  usefulnessAvg: number | null;
  enjoymentAvg: number | null;
}

export function figuresOfReport(report: DrillReport): DrillFigures {
  const { scorecard } = report;
  const fromReference = (key: TimeKey) => scorecard.times.find((time) => time.key === key)?.fromReferenceMs ?? null;
  const survey = report.sections.survey;
  const average = (id: string) => survey?.questions.find((question) => question.id === id)?.average ?? null;
  return {
    revision: report.drill.revision,
    declaredDifficulty: report.drill.difficulty,
    durationMs: scorecard.timeBox.usedMs,
    timeBoxMinutes: report.drill.timeBoxMinutes,
    teams: [...new Set(report.roster.flatMap((person) => (person.team?.trim() ? [person.team.trim()] : [])))].sort((a, b) => a.localeCompare(b)),
    firstResponseMs: fromReference("first_response"),
    acknowledgeMs: fromReference("acknowledged"),
    escalateMs: fromReference("escalated"),
    mitigateMs: fromReference("mitigated"),
    hintsUsed: scorecard.hints.length,
    criteriaMet: scorecard.criteria.filter((criterion) => criterion.met).length,
    criteriaTotal: scorecard.criteria.length,
    ratings: Object.fromEntries(scorecard.objectives.map((objective) => [objective.id, objective.rating])),
    surveyAnswers: survey?.answers ?? 0,
    difficultyAvg: average("difficulty"),
    usefulnessAvg: average("usefulness"),
    enjoymentAvg: average("enjoyment"),
  };
}
