"use client";

import { useState } from "react";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { useDrillAction } from "./use-drill-action";

/** Observer notes land in the timeline for staff only; the text stays if saving fails. */
export function NoteComposer({ drillId, disabled }: { drillId: string; disabled?: boolean }) {
  const [text, setText] = useState("");
  const add = useDrillAction(drillId, "notes");
  const submit = () => add.mutate({ text }, { onSuccess: () => setText("") });
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
      {add.error && <p role="alert" className="text-xs text-rose-400">{add.error.message}</p>}
      <Button type="submit" size="sm" disabled={disabled || add.isPending || !text.trim()} className="self-end">
        Add note
      </Button>
    </form>
  );
}
