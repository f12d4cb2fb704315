import type { Db } from "../../db/client";
import { RETRO_CATEGORIES, audienceLabel, compareAudiences } from "../../drill-model/hot-wash";
import type { TimelineEventView } from "../../timeline/events";
import { quoteEvent } from "../answer/compare";
import type { ReportRetro } from "./types";

/** The retrospective as the report shows it: kept items by audience, category and position; drafts only counted. */
export async function retroOf(db: Db, drillId: string, events: readonly TimelineEventView[]): Promise<ReportRetro> {
  const rows = await db.retroItem.findMany({ where: { drillId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const bySeq = new Map(events.map((event) => [event.id, event]));
  const kept = rows
    .filter((row) => !row.draft)
    .sort((a, b) => compareAudiences(a.audience, b.audience) || RETRO_CATEGORIES.indexOf(a.category) - RETRO_CATEGORIES.indexOf(b.category) || a.position - b.position || a.id.localeCompare(b.id));
  return {
    items: kept.map((row) => ({
      id: row.id,
      category: row.category,
      audience: row.audience,
      audienceLabel: audienceLabel(row.audience),
      text: row.text,
      detail: row.detail,
      evidence: row.evidenceSeqs.flatMap((seq) => (bySeq.has(seq) ? [quoteEvent(bySeq.get(seq)!)] : [])),
      fromNotes: row.noteSeqs.length,
    })),
    draftsLeftOut: rows.length - kept.length,
  };
}
