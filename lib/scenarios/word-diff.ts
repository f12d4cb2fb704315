import { diffWordsWithSpace } from "diff";

export interface WordPart {
  text: string;
  change: "same" | "added" | "removed";
}

/** Each side of a changed text in parts, so the compare view can mark what was removed from one and added to the other. */
export interface WordDiff {
  before: WordPart[];
  after: WordPart[];
}

// Beyond this many edited words the two texts are rewrites, and marking nearly every word helps nobody.
const MAX_EDIT_LENGTH = 400;

/** Word-level differences, whitespace and line breaks included; `null` when the texts are too different to mark usefully. */
export function wordDiff(before: string, after: string): WordDiff | null {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return null;
  const result: WordDiff = { before: [], after: [] };
  for (const change of changes) {
    if (change.added) result.after.push({ text: change.value, change: "added" });
    else if (change.removed) result.before.push({ text: change.value, change: "removed" });
    else {
      result.before.push({ text: change.value, change: "same" });
      result.after.push({ text: change.value, change: "same" });
    }
  }
  return result;
}
