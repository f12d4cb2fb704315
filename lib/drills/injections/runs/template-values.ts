import { renderTemplate, type TemplateValues } from "../../../scenarios/template";
import type { Phase } from "./claim";

/** The drill-level values of a webhook step's `{{variables}}`; pure, so the control room shows the URL that will be called. */
export interface DrillTemplateContext {
  drillId: string;
  drillTitle: string;
  /** ISO time; empty before the drill starts. */
  startedAt: string;
  scenarioId: string;
  scenarioTitle: string;
  environmentName: string;
}

export function stepTemplateValues(drill: DrillTemplateContext, step: { id: string; name: string }, phase: Phase): TemplateValues {
  return {
    "drill.id": drill.drillId,
    "drill.title": drill.drillTitle,
    "drill.startedAt": drill.startedAt,
    "scenario.id": drill.scenarioId,
    "scenario.title": drill.scenarioTitle,
    "environment.name": drill.environmentName,
    "step.id": step.id,
    "step.name": step.name,
    "step.phase": phase,
  };
}

/** A step's URL with its variables filled in (URL-encoded), as the executor will call it. */
export function renderStepUrl(url: string, values: TemplateValues): string {
  const encoded = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, encodeURIComponent(value)])) as TemplateValues;
  return renderTemplate(url, encoded);
}
