"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { ACTION_PRIORITY_LABELS, ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from "@/lib/drill-model/hot-wash";
import { updateActionItemMutation, type ActionItemView } from "@/lib/queries/improvements";
import { Badge, type BadgeTone } from "../ui/badge";
import { DataTable } from "../ui/table";
import { VerificationCell } from "./verification-cell";

const PRIORITY_TONE = { high: "danger", medium: "warning", low: "neutral" } as const satisfies Record<string, BadgeTone>;
const STATUS_TONE: Record<ActionStatus, BadgeTone> = { open: "info", in_progress: "violet", done: "success", wont_do: "neutral" };

function StatusCell({ item, canRun }: { item: ActionItemView; canRun: boolean }) {
  const update = useMutation(updateActionItemMutation(useQueryClient()));
  if (!canRun) return <Badge tone={STATUS_TONE[item.status]}>{ACTION_STATUS_LABELS[item.status]}</Badge>;
  return (
    <div className="flex flex-col gap-1">
      <select
        aria-label={`Status of ${item.title}`}
        value={item.status}
        disabled={update.isPending}
        onChange={(event) => update.mutate({ id: item.id, status: event.target.value as ActionStatus })}
        className="rounded-md border border-zinc-700 bg-zinc-950 px-1.5 py-1 text-xs text-zinc-100 focus:border-sky-500 focus:ring-1 focus:ring-sky-500 focus:outline-none"
      >
        {ACTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {ACTION_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      {update.error && <span role="alert" className="text-xs text-rose-400">{update.error.message}</span>}
    </div>
  );
}

function DueCell({ item }: { item: ActionItemView }) {
  if (!item.dueDate) return <span className="text-zinc-600">—</span>;
  if (item.daysOverdue === null) return <span className="whitespace-nowrap tabular-nums">{item.dueDate}</span>;
  return (
    <span className="flex flex-col text-rose-400">
      <span className="whitespace-nowrap tabular-nums">{item.dueDate}</span>
      <span className="text-xs">
        overdue by {item.daysOverdue} {item.daysOverdue === 1 ? "day" : "days"}
      </span>
    </span>
  );
}

function FromCell({ item }: { item: ActionItemView }) {
  if (item.drill)
    return (
      <Link href={`/drills/${encodeURIComponent(item.drill.id)}`} className="text-sky-400 hover:underline">
        {item.drill.title}
      </Link>
    );
  if (item.exercise)
    return (
      <Link href={`/exercises/${encodeURIComponent(item.exercise.id)}`} className="text-sky-400 hover:underline">
        {item.exercise.name}
      </Link>
    );
  return <span className="text-zinc-600">—</span>;
}

/** Action items in a table; `showFrom` for lists across drills and game days (the drill's own plan does not need it). */
export function ItemsTable({ items, canRun, showFrom = true, label }: { items: ActionItemView[]; canRun: boolean; showFrom?: boolean; label: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={label}>
      <DataTable
        minWidthClass="min-w-[960px]"
        columns={[{ label: "Action" }, { label: "Owner" }, { label: "Due" }, { label: "Priority" }, { label: "Status" }, { label: "Team" }, showFrom && { label: "From" }, { label: "Verification", className: "w-64" }]}
      >
        {items.map((item) => (
          <tr key={item.id} className="align-top">
            <td className="px-3 py-2">
              <div className="flex flex-col gap-0.5">
                <span className="font-medium text-zinc-100 [overflow-wrap:anywhere]">{item.title}</span>
                {item.trackerUrl && (
                  <a href={item.trackerUrl} target="_blank" rel="noreferrer noopener" className="text-xs text-sky-400 hover:underline">
                    Tracker ↗
                  </a>
                )}
                {item.retroItem && <span className="text-xs text-zinc-500 [overflow-wrap:anywhere]">From the retro: {item.retroItem.text}</span>}
              </div>
            </td>
            <td className="px-3 py-2 text-zinc-300">{item.owner}</td>
            <td className="px-3 py-2 text-zinc-300">
              <DueCell item={item} />
            </td>
            <td className="px-3 py-2">
              <Badge tone={PRIORITY_TONE[item.priority]}>{ACTION_PRIORITY_LABELS[item.priority]}</Badge>
            </td>
            <td className="px-3 py-2">
              <StatusCell item={item} canRun={canRun} />
            </td>
            <td className="px-3 py-2 text-zinc-300">{item.audienceLabel}</td>
            {showFrom && (
              <td className="px-3 py-2">
                <FromCell item={item} />
              </td>
            )}
            <td className="px-3 py-2 text-xs">
              <VerificationCell item={item} canRun={canRun} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
