import type { DryRun, ReadinessCheck } from "../../db/generated/client";
import type { ActionResult } from "../execute-action";
import type { ReadinessSummary } from "../../scenarios/view";
import type { ReadinessItemName } from "./schemas";

export interface ReadinessCheckView {
  id: number;
  item: ReadinessItemName;
  verified: boolean;
  verifiedBy: string;
  note: string;
  /** The scenario revision this was verified on. */
  revision: number;
  at: string;
}

export type DryRunPhase = "injection" | "rollback";
export type DryRunStepResult = { stepId: string; stepName: string; phase: DryRunPhase } & ActionResult;

export interface DryRunView {
  id: string;
  scenarioId: string;
  revision: number;
  status: "running" | "passed" | "failed";
  startedAt: string;
  finishedAt: string | null;
  startedBy: string;
  results: DryRunStepResult[];
}

export interface ReadinessView {
  scenarioId: string;
  currentRevision: number;
  environment: { name: string; protected: boolean };
  /** The newest check per item; null when the item was never touched. */
  items: Record<ReadinessItemName, ReadinessCheckView | null>;
  /** Newest first. */
  history: ReadinessCheckView[];
  /** Newest first. */
  dryRuns: DryRunView[];
  summary: ReadinessSummary;
}

export function toCheckView(row: ReadinessCheck): ReadinessCheckView {
  return { id: row.id, item: row.item, verified: row.verified, verifiedBy: row.verifiedBy, note: row.note, revision: row.revision, at: row.createdAt.toISOString() };
}

export function toDryRunView(row: DryRun): DryRunView {
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    revision: row.revision,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    startedBy: row.startedBy,
    results: row.results as unknown as DryRunStepResult[],
  };
}
