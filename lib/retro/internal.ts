import { nowOf, type Ctx } from "../context";
import type { Tx } from "../context/transaction";
import type { Db } from "../db/client";
import type { RetroItem } from "../db/generated/client";
import { audienceLabel } from "../drill-model/hot-wash";
import { NotFoundError, ValidationError, type FieldProblem } from "../errors";
import { appendEvent } from "../timeline/append";
import { evidenceProblems, isEvidenceKind, kindsOf } from "../timeline/evidence";
import type { EventBodies } from "../timeline/events";
import { drillAudiences } from "./view";

/** Helpers of the retrospective's verbs: not verbs themselves. */

export interface NoteOfDrill {
  seq: number;
  text: string;
  tags: string[];
  pinnedSeq: number | null;
}

export function toNote(event: { seq: number; body: unknown }): NoteOfDrill {
  const body = event.body as EventBodies["note.added"];
  return { seq: event.seq, text: body.text, tags: body.tags ?? [], pinnedSeq: body.pinnedSeq ?? null };
}

async function notesOf(db: Db, drillId: string, seqs: readonly number[]): Promise<{ notes: NoteOfDrill[]; problems: FieldProblem[] }> {
  if (seqs.length === 0) return { notes: [], problems: [] };
  const rows = await db.timelineEvent.findMany({ where: { drillId, seq: { in: [...seqs] } }, select: { seq: true, kind: true, body: true } });
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  const problems = seqs.flatMap((seq, index): FieldProblem[] => {
    const row = bySeq.get(seq);
    if (!row) return [{ path: `noteSeqs.${index}`, message: `is not an event of this drill (#${seq})` }];
    return row.kind === "note.added" ? [] : [{ path: `noteSeqs.${index}`, message: `is not a note (#${seq} is a ${row.kind} event)` }];
  });
  return { notes: rows.filter((row) => row.kind === "note.added").map(toNote), problems };
}

/** The events these notes are pinned to, where those are evidence (a note pinned to the review's own events gives none). */
export async function evidenceOfNotes(db: Db, drillId: string, notes: readonly NoteOfDrill[]): Promise<number[]> {
  const pinned = [...new Set(notes.flatMap((note) => (note.pinnedSeq ? [note.pinnedSeq] : [])))];
  const kinds = await kindsOf(db, drillId, pinned);
  return pinned.filter((seq) => isEvidenceKind(kinds.get(seq) ?? "note.added")).sort((a, b) => a - b);
}

/**
 * Checks an item's references against the drill, every problem at once: the audience is one the drill offers, the evidence
 * happened in this drill, the notes are this drill's notes. Answers the notes.
 */
export async function checkReferences(db: Db, drillId: string, fields: { audience?: string; evidenceSeqs?: number[]; noteSeqs?: number[] }): Promise<NoteOfDrill[]> {
  const problems: FieldProblem[] = [];
  if (fields.audience !== undefined) {
    const audiences = await drillAudiences(db, drillId);
    if (!(audiences as string[]).includes(fields.audience))
      problems.push({ path: "audience", message: `must be one of this drill's audiences: ${audiences.map((key) => `${key} (${audienceLabel(key)})`).join(", ")}` });
  }
  if (fields.evidenceSeqs) problems.push(...(await evidenceProblems(db, drillId, fields.evidenceSeqs, "evidenceSeqs")));
  const { notes, problems: noteProblems } = await notesOf(db, drillId, fields.noteSeqs ?? []);
  problems.push(...noteProblems);
  if (problems.length) throw new ValidationError(problems);
  return notes;
}

/** An item of this drill, or a 404 (an item of another drill is not found here). */
export async function itemOfDrill(tx: Tx, drillId: string, itemId: string): Promise<RetroItem> {
  const item = await tx.retroItem.findFirst({ where: { id: itemId, drillId } });
  if (!item) throw new NotFoundError("Retrospective item", itemId);
  return item;
}

export async function nextPosition(tx: Tx, drillId: string): Promise<number> {
  const last = await tx.retroItem.aggregate({ where: { drillId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

type Change = EventBodies["retro.changed"]["change"];

/** The `retro.changed` event of a change, in its transaction: the item as it is after it. */
export function recordChange(tx: Tx, ctx: Ctx, drillId: string, change: Change, item: { id: string | null; text: string; category: string; audience: string }, extra: { count?: number; mergedIds?: string[]; noteSeqs?: number[] } = {}) {
  return appendEvent(tx, ctx, drillId, { kind: "retro.changed", body: { change, itemId: item.id, text: item.text, category: item.category, audience: item.audience, ...extra } });
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair (Postgres cannot store one). */
export function cutText(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Action items made from these items now point to `to` (a merge) or to none (a removal), each with the "updated" history row
 * lib/improvements writes for a change of `retroItemId`, in this transaction.
 */
export async function repointActionItems(tx: Tx, ctx: Ctx, fromIds: string[], to: string | null): Promise<void> {
  const actions = await tx.actionItem.findMany({ where: { retroItemId: { in: fromIds } }, select: { id: true, retroItemId: true } });
  if (actions.length === 0) return;
  await tx.actionItem.updateMany({ where: { id: { in: actions.map((action) => action.id) } }, data: { retroItemId: to } });
  await tx.actionItemChange.createMany({
    data: actions.map((action) => ({ itemId: action.id, actorName: ctx.actor.name, kind: "updated", detail: { retroItemId: { before: action.retroItemId, after: to } }, at: nowOf(ctx) })),
  });
}
