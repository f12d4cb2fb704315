"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { compareAudiences, RETRO_CATEGORIES, RETRO_CATEGORY_LABELS } from "@/lib/drill-model/hot-wash";
import { can } from "@/lib/drill-model/state-machine";
import { addRetroItemMutation, draftFromNotesMutation } from "@/lib/queries/retro";
import type { RetroItemView } from "@/lib/retro/view";
import { Button } from "../../ui/button";
import { errorText } from "./error-text";
import { Card } from "../../ui/card";
import type { HotWashProps } from "../hot-wash";
import { clearNoteForRetro, useNoteForRetro } from "./note-to-retro";
import { MergeBar } from "./merge-bar";
import { RetroItem } from "./retro-item";
import { RetroItemForm } from "./retro-item-form";
import { useRetro } from "./use-retro";

/** Items by audience (everyone, the facilitating team, each team), then by category, in the order they were written. */
function byAudience(items: RetroItemView[], audiences: { key: string; label: string }[]) {
  const keys = [...new Set([...audiences.map((audience) => audience.key), ...items.map((item) => item.audience)])].sort(compareAudiences);
  return keys.flatMap((key) => {
    const mine = items.filter((item) => item.audience === key);
    if (mine.length === 0) return [];
    const categories = RETRO_CATEGORIES.flatMap((category) => {
      const inCategory = mine.filter((item) => item.category === category);
      return inCategory.length ? [{ category, items: inCategory }] : [];
    });
    return [{ key, label: mine[0]!.audienceLabel, categories }];
  });
}

/** The retrospective by audience: strengths, areas for improvement, themes and lessons, drafted from notes and written together. */
export function RetroPanel({ drill, events, mayCurate }: HotWashProps) {
  const client = useQueryClient();
  const retro = useRetro(drill.id, events);
  const draft = useMutation(draftFromNotesMutation(client, drill.id));
  const add = useMutation(addRetroItemMutation(client, drill.id));
  const fromNote = useNoteForRetro();
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const editable = mayCurate && can(drill.status, "edit_retro");
  const items = retro.data?.items ?? [];
  const audiences = retro.data?.audiences ?? [];
  const formOpen = editable && (adding || fromNote !== null);
  const closeForm = () => {
    setAdding(false);
    clearNoteForRetro();
  };
  const chosen = items.filter((item) => selected.includes(item.id));
  const actions = editable && (
    <div className="flex gap-1.5">
      <Button size="sm" variant="secondary" disabled={draft.isPending} onClick={() => draft.mutate()}>
        Draft from notes
      </Button>
      <Button size="sm" variant="primary" disabled={formOpen} onClick={() => setAdding(true)}>
        Add item
      </Button>
    </div>
  );
  return (
    <div id="retro-panel" className="scroll-mt-4">
      <Card title="Retrospective" actions={actions}>
        <div className="flex flex-col gap-3">
          {draft.data && (
            <p role="status" className="text-xs text-sky-300">
              {draft.data.drafted === 0 ? "No new note to draft from." : `Drafted ${draft.data.drafted} item${draft.data.drafted === 1 ? "" : "s"} from notes.`}
            </p>
          )}
          {draft.error && (
            <p role="alert" className="text-xs text-rose-400">
              {errorText(draft.error)}
            </p>
          )}
          {formOpen && (
            <RetroItemForm
              key={fromNote?.noteSeq ?? "new"}
              idPrefix="retro-add"
              label={fromNote ? `Add a retrospective item from note #${fromNote.noteSeq}` : "Add a retrospective item"}
              audiences={audiences}
              events={events}
              initial={{ category: fromNote?.category ?? "improvement", audience: "everyone", text: fromNote?.text.slice(0, 500) ?? "", detail: "", evidenceSeqs: fromNote?.evidenceSeqs ?? [] }}
              submitLabel="Add to the retrospective"
              onSubmit={async (values) => {
                await add.mutateAsync({ ...values, noteSeqs: fromNote ? [fromNote.noteSeq] : [] });
                closeForm();
              }}
              onCancel={closeForm}
            />
          )}
          {retro.error && (
            <p role="alert" className="text-xs text-rose-400">
              {retro.error.message}
            </p>
          )}
          {retro.data && items.length === 0 && <p className="text-xs text-zinc-500">{editable ? "No item yet: draft them from the observers' notes, or add one." : "No retrospective item."}</p>}
          {editable && chosen.length >= 2 && <MergeBar drillId={drill.id} items={chosen} onMerged={() => setSelected([])} />}
          {byAudience(items, audiences).map((group) => (
            <section key={group.key} aria-label={`For ${group.label}`} data-audience={group.key} className="flex flex-col gap-1">
              <h3 className="text-sm font-semibold text-zinc-200">For {group.label}</h3>
              {group.categories.map(({ category, items: inCategory }) => (
                <div key={category} className="flex flex-col">
                  <h4 className="text-xs font-medium tracking-wide text-zinc-400 uppercase">{RETRO_CATEGORY_LABELS[category]}</h4>
                  <ul aria-label={`${RETRO_CATEGORY_LABELS[category]} for ${group.label}`} className="flex flex-col divide-y divide-zinc-800/70">
                    {inCategory.map((item) => (
                      <RetroItem
                        key={item.id}
                        drillId={drill.id}
                        item={item}
                        events={events}
                        audiences={audiences}
                        editable={editable}
                        selected={selected.includes(item.id)}
                        onSelect={(on) => setSelected((now) => (on ? [...now, item.id] : now.filter((id) => id !== item.id)))}
                      />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
      </Card>
    </div>
  );
}
