"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { editRetroItemMutation, removeRetroItemMutation } from "@/lib/queries/retro";
import type { RetroItemView, RetroView } from "@/lib/retro/view";
import type { TimelineEventView } from "@/lib/timeline/events";
import { EventLink } from "../../timeline/event-extras";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { errorText } from "./error-text";
import { EvidenceList } from "./evidence-list";
import { RetroItemForm } from "./retro-item-form";

export interface RetroItemProps {
  drillId: string;
  item: RetroItemView;
  events: TimelineEventView[];
  audiences: RetroView["audiences"];
  editable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}

/** One item: its text, detail and evidence; drafts say so and can be kept, edited or removed; while editable, edited inline. */
export function RetroItem({ drillId, item, events, audiences, editable, selected, onSelect }: RetroItemProps) {
  const client = useQueryClient();
  const edit = useMutation(editRetroItemMutation(client, drillId));
  const remove = useMutation(removeRetroItemMutation(client, drillId));
  const [editing, setEditing] = useState(false);
  const error = edit.error ?? remove.error;
  if (editing)
    return (
      <li className="py-2">
        <RetroItemForm
          idPrefix={`retro-edit-${item.id}`}
          label={`Edit ${item.text}`}
          audiences={audiences}
          events={events}
          initial={{ category: item.category, audience: item.audience, text: item.text, detail: item.detail, evidenceSeqs: item.evidenceSeqs }}
          submitLabel="Save"
          onSubmit={async (values) => {
            await edit.mutateAsync({ itemId: item.id, ...values });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li data-retro-item={item.id} className="flex items-start gap-2 py-2">
      {editable && <input type="checkbox" checked={selected} onChange={(change) => onSelect(change.target.checked)} aria-label={`Select "${item.text}" to merge`} className="mt-1 accent-sky-500" />}
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="text-sm text-zinc-100 [overflow-wrap:anywhere]">{item.text}</p>
        {item.detail && <p className="text-xs whitespace-pre-wrap text-zinc-400 [overflow-wrap:anywhere]">{item.detail}</p>}
        <EvidenceList seqs={item.evidenceSeqs} events={events} />
        <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
          {item.draft && <Badge tone="warning">Draft from a note</Badge>}
          {item.noteSeqs.length > 0 && (
            <span>
              from note{item.noteSeqs.length === 1 ? "" : "s"}{" "}
              {item.noteSeqs.map((seq) => (
                <EventLink key={seq} seq={seq} />
              ))}
            </span>
          )}
          <span>{item.createdBy}</span>
        </div>
        {editable && (
          <div className="flex flex-wrap gap-1.5">
            {item.draft && (
              <Button size="sm" variant="success" disabled={edit.isPending} onClick={() => edit.mutate({ itemId: item.id, keep: true })} aria-label={`Keep "${item.text}"`}>
                Keep
              </Button>
            )}
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)} aria-label={`Edit "${item.text}"`}>
              Edit
            </Button>
            <Button size="sm" variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate({ itemId: item.id })} aria-label={`Remove "${item.text}"`}>
              Remove
            </Button>
          </div>
        )}
        {error && (
          <p role="alert" className="text-xs text-rose-400">
            {errorText(error)}
          </p>
        )}
      </div>
    </li>
  );
}
