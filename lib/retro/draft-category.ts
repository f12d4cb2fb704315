import { DRAFT_CATEGORY_OF_TAG, RETRO_CATEGORIES, type RetroCategory } from "../drill-model/hot-wash";
import type { NoteTag } from "../drill-model/note-tags";

/** The category a note drafts into: the first of its tags' categories in RETRO_CATEGORIES order; null for none (an insight). No I/O: the UI uses it too. */
export function draftCategoryOf(tags: readonly string[]): RetroCategory | null {
  const drafted = new Set(tags.map((tag) => DRAFT_CATEGORY_OF_TAG[tag as NoteTag]));
  return RETRO_CATEGORIES.find((category) => drafted.has(category)) ?? null;
}
