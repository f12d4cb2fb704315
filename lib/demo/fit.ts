import type { ScenarioDefinition } from "../scenarios/schemas";
import type { DemoDrill } from "./story";

/**
 * What a story names that the scenario's current revision no longer has (someone edited a reference scenario):
 * such a story is left out rather than failing the launch halfway.
 */
export function storyProblems(story: DemoDrill, script: ScenarioDefinition): string[] {
  const has = (list: { id: string }[], id: string) => list.some((item) => item.id === id);
  const problems: string[] = [];
  for (const step of story.live) {
    if (step.do === "inject" && !has(script.injections, step.step)) problems.push(`injection ${step.step}`);
    if ((step.do === "alert" || step.do === "ack") && !has(script.alerts, step.alert)) problems.push(`alert ${step.alert}`);
    if (step.do === "hint" && step.hint && !has(script.hints, step.hint)) problems.push(`hint ${step.hint}`);
  }
  for (const rating of story.review.ratings) if (!has(script.objectives ?? [], rating.objective)) problems.push(`objective ${rating.objective}`);
  for (const link of story.review.answer) if (link.step >= script.modelAnswer.length) problems.push(`model answer step ${link.step}`);
  for (const action of story.review.actions)
    if (action.verifyMilestone && !script.successCriteria.some((criterion) => criterion.milestone === action.verifyMilestone)) problems.push(`criterion ${action.verifyMilestone}`);
  return problems;
}
