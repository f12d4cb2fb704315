import { formatDuration } from "../../drill-model/clock";
import type { AnswerStepComparison } from "./types";
import type { Scorecard } from "../scorecard/types";

const OUTCOME_WORDS: Record<string, string> = { mitigated: "mitigated", failed: "failed", timed_out: "timed out", aborted: "aborted" };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** A few plain sentences that say how the drill went, from its scorecard: the report's opening. */
export function summarize(scorecard: Scorecard, modelAnswer: readonly AnswerStepComparison[]): string[] {
  const lines: string[] = [];
  const { timeBox, outcome, reference } = scorecard;
  const outcomeWord = outcome ? OUTCOME_WORDS[outcome] ?? outcome : "not ended";
  lines.push(`Ended as ${outcomeWord} after ${formatDuration(timeBox.usedMs)} of a ${timeBox.minutes}-minute time box.`);

  const from = reference.from === "injection" ? "the first injection" : "the start";
  const at = (key: string) => scorecard.times.find((time) => time.key === key);
  const reached = ["acknowledged", "mitigated", "root_cause_identified"]
    .map((key) => at(key))
    .filter((time) => time && time.fromReferenceMs !== null)
    .map((time) => `${time!.label.toLowerCase()} ${formatDuration(time!.fromReferenceMs!)} after ${from}`);
  if (reached.length) lines.push(`${reached.join("; ")}.`.replace(/^./, (first) => first.toUpperCase()));
  else lines.push(`No milestone was reached after ${from}.`);

  if (scorecard.criteria.length) {
    const met = scorecard.criteria.filter((criterion) => criterion.met).length;
    lines.push(`${met} of ${plural(scorecard.criteria.length, "success criterion", "success criteria")} met.`);
  }
  if (scorecard.objectives.length) lines.push(`Objectives: ${scorecard.objectives.map((objective) => `${objective.name} ${objective.rating}`).join(", ")}.`);
  if (scorecard.hints.length) lines.push(`${plural(scorecard.hints.length, "hint")} released.`);
  if (scorecard.rollbacks.length || scorecard.aborted)
    lines.push([scorecard.aborted && "The drill was aborted.", scorecard.rollbacks.length && `${plural(scorecard.rollbacks.length, "rollback")} ran.`].filter(Boolean).join(" "));
  if (scorecard.mistakes.length) lines.push(`Observers tagged ${plural(scorecard.mistakes.length, "action")} as a mistake.`);
  const compared = modelAnswer.filter((step) => step.verdict !== null);
  if (compared.length) {
    const count = (verdict: string) => compared.filter((step) => step.verdict === verdict).length;
    lines.push(`Model answer: ${count("done")} of ${modelAnswer.length} steps done, ${count("done_differently")} done differently, ${count("not_done")} not done.`);
  }
  return lines;
}
