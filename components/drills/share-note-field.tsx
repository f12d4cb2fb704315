"use client";

import { useId } from "react";
import { inputClass } from "../ui/field";

/**
 * The closing note and whether participants see it. Unshared, it stays on the staff timeline; shared, it is
 * shown with the end of the drill in the channel (and in Slack's end message).
 */
export function ShareNoteField(props: { label: string; placeholder: string; note: string; setNote: (note: string) => void; shared: boolean; setShared: (shared: boolean) => void; slack: boolean }) {
  const noteId = useId();
  const shareId = useId();
  const where = props.slack ? "in the Slack channel's end message" : "in the channel, under the end of the drill";
  return (
    <div className="mt-3">
      <label htmlFor={noteId} className="block text-xs font-medium text-zinc-400">
        {props.label}
      </label>
      <textarea id={noteId} rows={2} value={props.note} onChange={(event) => props.setNote(event.target.value)} className={`${inputClass} mt-1`} placeholder={props.placeholder} />
      <label htmlFor={shareId} className="mt-2 flex items-center gap-2 text-xs text-zinc-300">
        <input id={shareId} type="checkbox" checked={props.shared} onChange={(event) => props.setShared(event.target.checked)} className="h-3.5 w-3.5 accent-sky-500" />
        Share this note with participants
      </label>
      <p className="mt-1 text-xs text-zinc-500" data-testid="note-audience">
        {props.shared ? `Participants will read this note ${where}.` : "Only staff see this note. Participants see that the drill ended, and how, but not the note."}
      </p>
    </div>
  );
}
