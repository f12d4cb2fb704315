import type { Db } from "../db/client";
import type { FieldProblem } from "../errors";

/** Events the debrief and the hot wash wrote after the drill: never evidence, never a key moment. */
export const REVIEW_KINDS: ReadonlySet<string> = new Set([
  "review.started",
  "answer.revealed",
  "objective.rated",
  "answer.linked",
  "moment.starred",
  "note.picked",
  "drill.closed",
  "drill.reopened",
  "retro.changed",
]);

/** Evidence is something that happened in the drill: never a note about it, never what the review wrote. */
export function isEvidenceKind(kind: string): boolean {
  return kind !== "note.added" && !REVIEW_KINDS.has(kind);
}

/** The kind of each of these events of the drill, by seq; seqs that are no event of it are absent. */
export async function kindsOf(db: Db, drillId: string, seqs: readonly number[]): Promise<Map<number, string>> {
  if (seqs.length === 0) return new Map();
  const found = await db.timelineEvent.findMany({ where: { drillId, seq: { in: [...seqs] } }, select: { seq: true, kind: true } });
  return new Map(found.map((event) => [event.seq, event.kind]));
}

/** What is wrong with each seq given as evidence (`<field>.<index>`): not an event of this drill, or not something that happened in it. */
export async function evidenceProblems(db: Db, drillId: string, seqs: readonly number[], field: string): Promise<FieldProblem[]> {
  const kinds = await kindsOf(db, drillId, seqs);
  return seqs.flatMap((seq, index) => {
    const kind = kinds.get(seq);
    if (!kind) return [{ path: `${field}.${index}`, message: `is not an event of this drill (#${seq})` }];
    if (!isEvidenceKind(kind)) return [{ path: `${field}.${index}`, message: `is a ${kind} event (#${seq}): evidence is something that happened in the drill` }];
    return [];
  });
}
