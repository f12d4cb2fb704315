import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { kindsOf, isEvidenceKind } from "../timeline/evidence";
import { draftCategoryOf } from "./draft-category";
import { cutText, nextPosition, recordChange, toNote } from "./internal";
import { RETRO_TEXT_MAX } from "./schemas";
import { toRetroItemView, type RetroItemView } from "./view";

/**
 * Every observer note whose tags draft into a category (good call, mistake, communication, escalation) and that no item is
 * made from yet becomes a draft for everyone, with the event it is pinned to as evidence. A second call drafts nothing new,
 * and a note is drafted once: a draft someone removed stays removed.
 */
export async function draftFromNotes({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<{ drafted: number; items: RetroItemView[] }> {
  return mutateDrill(ctx, input.drillId, "edit_retro", async (tx, drill) => {
    const events = await tx.timelineEvent.findMany({ where: { drillId: drill.id, kind: "note.added" }, orderBy: { seq: "asc" }, select: { seq: true, body: true } });
    const existing = await tx.retroItem.findMany({ where: { drillId: drill.id }, select: { noteSeqs: true } });
    const earlierDrafts = await tx.timelineEvent.findMany({ where: { drillId: drill.id, kind: "retro.changed", body: { path: ["change"], equals: "drafted" } }, select: { body: true } });
    const draftedBefore = earlierDrafts.flatMap((event) => (event.body as { noteSeqs?: number[] }).noteSeqs ?? []);
    const taken = new Set([...existing.flatMap((item) => item.noteSeqs), ...draftedBefore]);
    const fresh = events.map(toNote).flatMap((note) => {
      const category = draftCategoryOf(note.tags);
      return category && !taken.has(note.seq) ? [{ note, category }] : [];
    });
    if (fresh.length === 0) return { drafted: 0, items: [] };
    const kinds = await kindsOf(tx, drill.id, fresh.flatMap(({ note }) => (note.pinnedSeq ? [note.pinnedSeq] : [])));
    const first = await nextPosition(tx, drill.id);
    const rows = await tx.retroItem.createManyAndReturn({
      data: fresh.map(({ note, category }, index) => ({
        drillId: drill.id,
        category,
        audience: "everyone",
        text: cutText(note.text, RETRO_TEXT_MAX),
        evidenceSeqs: note.pinnedSeq && isEvidenceKind(kinds.get(note.pinnedSeq) ?? "note.added") ? [note.pinnedSeq] : [],
        noteSeqs: [note.seq],
        draft: true,
        position: first + index,
        createdBy: ctx.actor.name,
      })),
    });
    const items = rows.map(toRetroItemView).sort((a, b) => a.position - b.position);
    const categories = [...new Set(items.map((item) => item.category))].join(",");
    await recordChange(tx, ctx, drill.id, "drafted", { id: null, text: `${items.length} from notes`, category: categories, audience: "everyone" }, { count: items.length, noteSeqs: items.flatMap((item) => item.noteSeqs) });
    return { drafted: items.length, items };
  });
}
