import type { Scenario, ScenarioRevision } from "../db/generated/client";
import type { ScenarioDefinition } from "./schemas";
import { readDefinition } from "./upgrade";

export interface ScenarioView {
  id: string;
  revision: number;
  revisionId: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  definition: ScenarioDefinition;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  summary: string;
  components: string[];
  tags: string[];
  timeBoxMinutes: number;
  revision: number;
  updatedAt: string;
  drillCount: number;
  archived: boolean;
  readiness: ReadinessSummary;
}

/** The pre-drill checklist at a glance: each item verified or not, and the latest dry run. */
export interface ReadinessSummary {
  injection: boolean;
  signals: boolean;
  modelAnswer: boolean;
  lastDryRun: { ok: boolean; at: string } | null;
}

export const NOT_VERIFIED: ReadinessSummary = { injection: false, signals: false, modelAnswer: false, lastDryRun: null };

export function listingFields(definition: ScenarioDefinition) {
  const { title, summary, components, tags, timeBoxMinutes } = definition;
  return { title, summary, components, tags, timeBoxMinutes };
}

/** Built field by field: the webhook signing secret never reaches a view, even when a query returned it. */
export function toScenarioView(scenario: Omit<Scenario, "webhookSecret">, revision: ScenarioRevision): ScenarioView {
  return {
    id: scenario.id,
    revision: revision.number,
    revisionId: revision.id,
    archived: scenario.archivedAt !== null,
    createdAt: scenario.createdAt.toISOString(),
    updatedAt: scenario.updatedAt.toISOString(),
    definition: readDefinition(revision.definition),
  };
}
