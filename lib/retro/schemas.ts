import { z } from "zod";
import { RETRO_CATEGORIES } from "../drill-model/hot-wash";
import { seq } from "../input/numbers";
import { id, text } from "../input/text";

export const RETRO_TEXT_MAX = 500;
export const RETRO_DETAIL_MAX = 4000;
const MAX_SEQS = 20;

const category = z.enum(RETRO_CATEGORIES, { error: `must be one of ${RETRO_CATEGORIES.join(", ")}` });
/** An AudienceKey; whether the drill offers it is checked against its roster. */
const audience = text({ min: 1, max: 200 });
const itemText = text({ min: 1, max: RETRO_TEXT_MAX });
const detail = text({ max: RETRO_DETAIL_MAX });
const seqs = (what: string) =>
  z
    .array(seq(), { error: "must be a list of event ids" })
    .max(MAX_SEQS, `link at most ${MAX_SEQS} ${what}`)
    .transform((list) => [...new Set(list)].sort((a, b) => a - b));

export const retroItemSchema = z.object({
  category,
  audience: audience.default("everyone"),
  text: itemText,
  detail: detail.default(""),
  /** Timeline events that show it. Left empty with notes given, it takes the events those notes are pinned to. */
  evidenceSeqs: seqs("events").default([]),
  /** The observer notes it is made from. */
  noteSeqs: seqs("notes").default([]),
});
export type RetroItemInput = z.input<typeof retroItemSchema>;

/** Any field of an item; `keep: true` alone keeps a draft as it is. Every edit keeps a draft. */
export const editRetroItemSchema = z
  .object({
    category: category.optional(),
    audience: audience.optional(),
    text: itemText.optional(),
    detail: detail.optional(),
    evidenceSeqs: seqs("events").optional(),
    noteSeqs: seqs("notes").optional(),
    keep: z.literal(true, { error: "must be true (keep the draft)" }).optional(),
  })
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), { message: "change at least one field, or send keep: true", path: [] });
export type EditRetroItemInput = z.input<typeof editRetroItemSchema>;

export const mergeRetroItemsSchema = z.object({
  /** The item that stays: it keeps its category and audience. */
  into: id(),
  /** The items folded into it, then deleted. */
  items: z
    .array(id(), { error: "must be a list of item ids" })
    .min(1, "name at least one item to merge")
    .max(MAX_SEQS, `merge at most ${MAX_SEQS} items at once`)
    .transform((ids) => [...new Set(ids)]),
});
export type MergeRetroItemsInput = z.input<typeof mergeRetroItemsSchema>;

export const retroItemParams = z.object({ id: id(), itemId: id() });
