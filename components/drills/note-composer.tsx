"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { NOTE_TAGS, NOTE_TAG_LABELS, type NoteTag } from "@/lib/drill-model/note-tags";
import { addNoteMutation } from "@/lib/queries/drills";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { EventChoice, useDrillEvents } from "./event-choice";

function TagChips({ tags, onToggle }: { tags: NoteTag[]; onToggle: (tag: NoteTag) => void }) {
  return (
    <div role="group" aria-label="Tags" className="flex flex-wrap gap-1">
      {NOTE_TAGS.map((tag) => {
        const on = tags.includes(tag);
        return (
          <button
            key={tag}
            type="button"
            aria-pressed={on}
            onClick={() => onToggle(tag)}
            className={`rounded-full border px-2 py-0.5 text-xs transition-colors focus-visible:outline-2 focus-visible:outline-sky-400 ${on ? "border-violet-500 bg-violet-950 text-violet-200" : "border-zinc-700 text-zinc-400 hover:border-zinc-500 hover:text-zinc-200"}`}
          >
            {NOTE_TAG_LABELS[tag]}
          </button>
        );
      })}
    </div>
  );
}

/** Observer notes land in the timeline for staff only, tagged and pinned to a moment; the text stays if saving fails. */
export function NoteComposer({ drillId, disabled }: { drillId: string; disabled?: boolean }) {
  const [text, setText] = useState("");
  const [tags, setTags] = useState<NoteTag[]>([]);
  const [pinnedSeq, setPinnedSeq] = useState<number | null>(null);
  const events = useDrillEvents(drillId);
  const add = useMutation(addNoteMutation(useQueryClient(), drillId));
  const submit = () =>
    add.mutate(
      { text, tags, ...(pinnedSeq === null ? {} : { pinnedSeq }) },
      {
        onSuccess: () => {
          setText("");
          setTags([]);
          setPinnedSeq(null);
        },
      },
    );
  const toggle = (tag: NoteTag) => setTags((current) => (current.includes(tag) ? current.filter((other) => other !== tag) : [...current, tag]));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="flex flex-col gap-2"
    >
      <label htmlFor="observer-note" className="text-xs font-medium text-zinc-400">
        Observer note <span className="text-zinc-600">(hidden from participants)</span>
      </label>
      <textarea
        id="observer-note"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) submit();
        }}
        placeholder="What did you notice? (Ctrl+Enter to add)"
        className={inputClass}
      />
      <TagChips tags={tags} onToggle={toggle} />
      <EventChoice id="note-pin" label="Pin to" purpose="the note's moment" events={events} value={pinnedSeq} onChange={setPinnedSeq} emptyLabel="Latest event" />
      {add.error && <p role="alert" className="text-xs text-rose-400">{add.error.message}</p>}
      <Button type="submit" size="sm" disabled={disabled || add.isPending || !text.trim()} className="self-end">
        Add note
      </Button>
    </form>
  );
}
