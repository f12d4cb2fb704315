"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { mergeRetroItemsMutation } from "@/lib/queries/retro";
import type { RetroItemView } from "@/lib/retro/view";
import { Button } from "../../ui/button";
import { errorText } from "./error-text";
import { inputClass } from "../../ui/field";

/** The selected items, merged into the one chosen: it keeps its category and audience, the others' texts join its detail. */
export function MergeBar({ drillId, items, onMerged }: { drillId: string; items: RetroItemView[]; onMerged: () => void }) {
  const merge = useMutation(mergeRetroItemsMutation(useQueryClient(), drillId));
  const [into, setInto] = useState(items[0]!.id);
  const target = items.some((item) => item.id === into) ? into : items[0]!.id;
  return (
    <form
      aria-label="Merge the selected items"
      onSubmit={(submit) => {
        submit.preventDefault();
        merge.mutate({ into: target, items: items.filter((item) => item.id !== target).map((item) => item.id) }, { onSuccess: onMerged });
      }}
      className="flex flex-wrap items-end gap-2 rounded-md border border-sky-900 bg-sky-950/30 p-2"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="retro-merge-into" className="text-xs font-medium text-zinc-400">
          Merge {items.length} selected items into…
        </label>
        <select id="retro-merge-into" value={target} onChange={(change) => setInto(change.target.value)} className={`${inputClass} h-8 py-0 text-sm`}>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.text.length > 80 ? `${item.text.slice(0, 79)}…` : item.text} ({item.audienceLabel})
            </option>
          ))}
        </select>
      </div>
      <Button size="sm" type="submit" variant="primary" disabled={merge.isPending}>
        Merge
      </Button>
      {merge.error && (
        <p role="alert" className="w-full text-xs text-rose-400">
          {errorText(merge.error)}
        </p>
      )}
    </form>
  );
}
