import type { Db } from "../db/client";
import type { RetroItem } from "../db/generated/client";
import { audienceLabel, audiencesOf, compareAudiences, RETRO_CATEGORIES, type AudienceKey, type RetroCategory } from "../drill-model/hot-wash";

export interface RetroItemView {
  id: string;
  category: RetroCategory;
  audience: string;
  audienceLabel: string;
  text: string;
  detail: string;
  evidenceSeqs: number[];
  noteSeqs: number[];
  /** Drafted from a note and not yet kept by a person: left out of the report. */
  draft: boolean;
  position: number;
  createdBy: string;
  updatedAt: string;
}

export interface RetroView {
  /** By audience (everyone, facilitators, then teams by name), then category, then the order they were written. */
  items: RetroItemView[];
  /** Whom items may be addressed to: everyone, the facilitating team, each roster team. */
  audiences: { key: AudienceKey; label: string }[];
}

export function toRetroItemView(row: RetroItem): RetroItemView {
  return {
    id: row.id,
    category: row.category,
    audience: row.audience,
    audienceLabel: audienceLabel(row.audience),
    text: row.text,
    detail: row.detail,
    evidenceSeqs: row.evidenceSeqs,
    noteSeqs: row.noteSeqs,
    draft: row.draft,
    position: row.position,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const categoryRank = (category: RetroCategory) => RETRO_CATEGORIES.indexOf(category);

export function compareRetroItems(a: RetroItemView, b: RetroItemView): number {
  return compareAudiences(a.audience, b.audience) || categoryRank(a.category) - categoryRank(b.category) || a.position - b.position;
}

/** The audiences a drill offers, from its roster's teams. */
export async function drillAudiences(db: Db, drillId: string): Promise<AudienceKey[]> {
  const members = await db.rosterMember.findMany({ where: { drillId }, select: { team: true } });
  return audiencesOf(members.map((member) => member.team));
}

/** The drill's retrospective as it stands (the report reads it too). */
export async function retroOf(db: Db, drillId: string): Promise<RetroView> {
  const rows = await db.retroItem.findMany({ where: { drillId } });
  const audiences = await drillAudiences(db, drillId);
  return {
    items: rows.map(toRetroItemView).sort(compareRetroItems),
    audiences: audiences.map((key) => ({ key, label: audienceLabel(key) })),
  };
}
