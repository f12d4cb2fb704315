import { renderStepUrl, stepTemplateValues } from "@/lib/drills/injections/runs/template-values";
import type { DrillView } from "@/lib/drills/view";

type Step = DrillView["script"]["injections"][number];

/** The URL a webhook step will call in this drill, variables filled in; empty for a manual step. */
export function stepUrl(drill: DrillView, step: Step, phase: "injection" | "rollback"): string {
  const action = phase === "injection" ? step.action : step.rollback;
  if (action.kind !== "webhook") return "";
  const context = {
    drillId: drill.id,
    drillTitle: drill.title,
    startedAt: drill.clock.startedAt ?? "",
    scenarioId: drill.scenarioId,
    scenarioTitle: drill.script.title,
    environmentName: drill.environment.name,
  };
  return renderStepUrl(action.url, stepTemplateValues(context, step, phase));
}
