"use client";

import type { ReportNote } from "@/lib/review/report/types";
import { draftCategoryOf } from "@/lib/retro/draft-category";
import { isEvidenceKind } from "@/lib/timeline/evidence";
import { sendNoteToRetro } from "./note-to-retro";

/** "→ Retro" on an observer note: opens the retrospective's add form filled from it (category by its tag, evidence by its pinned event). */
export function NoteToRetroButton({ note }: { note: ReportNote }) {
  return (
    <button
      type="button"
      onClick={() =>
        sendNoteToRetro({
          noteSeq: note.seq,
          text: note.text,
          category: draftCategoryOf(note.tags) ?? "improvement",
          evidenceSeqs: note.about && isEvidenceKind(note.about.kind) ? [note.about.seq] : [],
        })
      }
      aria-label={`Turn note #${note.seq} into a retrospective item`}
      className="rounded px-1 text-xs text-sky-400 hover:underline focus-visible:outline-2 focus-visible:outline-sky-400"
    >
      → Retro
    </button>
  );
}
