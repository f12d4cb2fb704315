import type { Db } from "../db/client";
import { NOT_VERIFIED, type ReadinessSummary } from "./view";

interface SummaryRow {
  scenarioId: string;
  injection: boolean;
  signals: boolean;
  modelAnswer: boolean;
  dryRunStatus: "passed" | "failed" | null;
  dryRunAt: Date | null;
}

/**
 * Readiness at a glance for many scenarios in one query: the newest check per item and the newest
 * finished dry run, per scenario. A dry run still running has no verdict yet, so it is skipped.
 */
export async function readinessSummaries(db: Db, scenarioIds: string[]): Promise<Map<string, ReadinessSummary>> {
  if (scenarioIds.length === 0) return new Map();
  const rows = await db.$queryRaw<SummaryRow[]>`
    SELECT s.id AS "scenarioId",
           COALESCE((SELECT c.verified FROM "ReadinessCheck" c WHERE c."scenarioId" = s.id AND c.item = 'injection' ORDER BY c."createdAt" DESC, c.id DESC LIMIT 1), false) AS "injection",
           COALESCE((SELECT c.verified FROM "ReadinessCheck" c WHERE c."scenarioId" = s.id AND c.item = 'signals' ORDER BY c."createdAt" DESC, c.id DESC LIMIT 1), false) AS "signals",
           COALESCE((SELECT c.verified FROM "ReadinessCheck" c WHERE c."scenarioId" = s.id AND c.item = 'model_answer' ORDER BY c."createdAt" DESC, c.id DESC LIMIT 1), false) AS "modelAnswer",
           d.status::text AS "dryRunStatus",
           COALESCE(d."finishedAt", d."startedAt") AS "dryRunAt"
      FROM unnest(${scenarioIds}::text[]) AS s(id)
      LEFT JOIN LATERAL (
        SELECT r.status, r."startedAt", r."finishedAt" FROM "DryRun" r
         WHERE r."scenarioId" = s.id AND r.status <> 'running'
         ORDER BY r."startedAt" DESC LIMIT 1
      ) d ON true`;
  return new Map(
    rows.map((row) => [
      row.scenarioId,
      {
        injection: row.injection,
        signals: row.signals,
        modelAnswer: row.modelAnswer,
        lastDryRun: row.dryRunStatus && row.dryRunAt ? { ok: row.dryRunStatus === "passed", at: row.dryRunAt.toISOString() } : null,
      },
    ]),
  );
}

export function summaryOf(summaries: Map<string, ReadinessSummary>, scenarioId: string): ReadinessSummary {
  return summaries.get(scenarioId) ?? NOT_VERIFIED;
}
