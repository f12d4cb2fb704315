import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import type { Db } from "../../db/client";
import { dbOf } from "../../context/transaction";
import type { Milestone } from "../../drill-model/milestone-names";
import type { ProgressMark } from "../view";
import { getDrillOrThrow } from "../internal/get-drill";

export interface MilestoneCorrectionView {
  fromOffsetMs: number;
  toOffsetMs: number;
  toSeq: number | null;
  reason: string;
  correctedBy: string;
  correctedAt: string;
  seq: number;
}

export interface MilestoneView {
  milestone: Milestone;
  reachedOffsetMs: number;
  reachedAt: string;
  evidenceSeq: number | null;
  note: string;
  recordedSeq: number;
  recordedBy: string;
  recordedAt: string;
  corrections: MilestoneCorrectionView[];
}

function loadMilestones(db: Db, drillId: string) {
  return db.milestone.findMany({ where: { drillId }, orderBy: { recordedSeq: "asc" }, include: { corrections: { orderBy: { seq: "asc" } } } });
}

/** The progress marks of a drill's milestones, from the milestone table (corrected times included). */
export async function milestoneProgress(db: Db, drillId: string): Promise<Record<string, ProgressMark>> {
  const rows = await db.milestone.findMany({ where: { drillId }, select: { milestone: true, recordedSeq: true, reachedOffsetMs: true, reachedAt: true, evidenceSeq: true } });
  return Object.fromEntries(
    rows.map((row) => [row.milestone, { seq: row.recordedSeq, offsetMs: row.reachedOffsetMs, at: row.reachedAt.toISOString(), evidenceSeq: row.evidenceSeq }]),
  );
}

/** Every recorded milestone of a drill with its evidence and its correction audit trail (staff only). */
export async function listMilestones({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<MilestoneView[]> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const db = dbOf(ctx);
  const drill = await getDrillOrThrow(db, input.drillId, { select: { id: true } });
  const rows = await loadMilestones(db, drill.id);
  return rows.map((row) => ({
    milestone: row.milestone as Milestone,
    reachedOffsetMs: row.reachedOffsetMs,
    reachedAt: row.reachedAt.toISOString(),
    evidenceSeq: row.evidenceSeq,
    note: row.note,
    recordedSeq: row.recordedSeq,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
    corrections: row.corrections.map((correction) => ({
      fromOffsetMs: correction.fromOffsetMs,
      toOffsetMs: correction.toOffsetMs,
      toSeq: correction.toSeq,
      reason: correction.reason,
      correctedBy: correction.correctedBy,
      correctedAt: correction.correctedAt.toISOString(),
      seq: correction.seq,
    })),
  }));
}
