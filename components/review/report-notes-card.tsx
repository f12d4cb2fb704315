"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatOffset } from "@/lib/drill-model/clock";
import { NOTE_TAG_LABELS, type NoteTag } from "@/lib/drill-model/note-tags";
import { pickNoteMutation } from "@/lib/queries/review";
import type { ReportNote } from "@/lib/review/report/types";
import { NoteToRetroButton } from "../hot-wash/retro/note-to-retro-button";
import { EventLink } from "../timeline/event-extras";
import { Badge } from "../ui/badge";

function NoteRow({ drillId, note, picked, editable }: { drillId: string; note: ReportNote; picked: boolean; editable: boolean }) {
  const pick = useMutation(pickNoteMutation(useQueryClient(), drillId));
  // The box follows the click at once; the debrief's refetch then confirms it (or the error says why not).
  const [clicked, setClicked] = useState<boolean | null>(null);
  const shown = clicked ?? picked;
  return (
    <li data-note={note.seq} className="flex flex-col gap-1 py-2">
      <p className="text-sm whitespace-pre-wrap text-zinc-200 [overflow-wrap:anywhere]">{note.text}</p>
      <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
        <span>{note.author}</span>
        <span className="font-mono">{note.offsetMs === null ? "before start" : formatOffset(note.offsetMs)}</span>
        {note.tags.map((tag) => (
          <Badge key={tag} tone="violet">
            {NOTE_TAG_LABELS[tag as NoteTag] ?? tag}
          </Badge>
        ))}
        {note.about && (
          <span>
            about <EventLink seq={note.about.seq} />
          </span>
        )}
      </div>
      {editable ? (
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-1.5 text-xs text-zinc-300">
            <input type="checkbox" checked={shown} disabled={pick.isPending} onChange={(change) => {
                setClicked(change.target.checked);
                pick.mutate({ seq: note.seq, picked: change.target.checked }, { onSettled: () => setClicked(null) });
              }} aria-label={`Include note #${note.seq} in the report`} className="accent-sky-500" />
            Include in report
          </label>
          <NoteToRetroButton note={note} />
        </div>
      ) : (
        picked && <span className="text-xs text-sky-300">In the report</span>
      )}
      {pick.error && (
        <p role="alert" className="text-xs text-rose-400">
          {pick.error.message}
        </p>
      )}
    </li>
  );
}

/** Observers' notes, each with whether it goes into the report. */
export function ReportNotes({ drillId, notes, picked, editable }: { drillId: string; notes: ReportNote[]; picked: number[]; editable: boolean }) {
  if (notes.length === 0) return <p className="text-xs text-zinc-500">No observer note yet.</p>;
  return (
    <ul data-testid="report-notes" aria-label="Observer notes" className="flex max-h-96 flex-col divide-y divide-zinc-800/70 overflow-y-auto">
      {notes.map((note) => (
        <NoteRow key={note.seq} drillId={drillId} note={note} picked={picked.includes(note.seq)} editable={editable} />
      ))}
    </ul>
  );
}
