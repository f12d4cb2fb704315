"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { format, formatDistanceToNowStrict } from "date-fns";
import { useState } from "react";
import { auditQuery } from "@/lib/queries/admin";
import { useDebouncedValue } from "../scenarios/use-debounced-value";
import { Badge } from "../ui/badge";
import { DataTable } from "../ui/table";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ErrorBanner, inputClass } from "../ui/field";
import { ActionBadge, AuditDetail, AuditTarget } from "./audit-detail";
import { ACTOR_TONES } from "./roles";

const FAMILIES = [
  { value: "", label: "All actions" },
  { value: "injection.", label: "Injections" },
  { value: "rollback.", label: "Rollbacks" },
  { value: "drill.", label: "Drills" },
  { value: "user.", label: "Users" },
  { value: "token.", label: "API tokens" },
  { value: "share_link.", label: "Share links" },
  { value: "webhook_secret.", label: "Webhook secrets" },
  { value: "setup.", label: "Setup" },
];

const filterClass = `${inputClass.replace("w-full ", "")} py-1.5 text-xs`;
const td = "px-3 py-2 align-top";

/** Who did what, newest first, for admins; older pages load on demand. */
export function AuditLog() {
  const [action, setAction] = useState("");
  const [actorInput, setActorInput] = useState("");
  const actor = useDebouncedValue(actorInput.trim(), 300);
  const audit = useInfiniteQuery({ ...auditQuery({ action, actor }), placeholderData: keepPreviousData });
  const entries = audit.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="audit-action" className="sr-only">
          Action
        </label>
        <select id="audit-action" value={action} onChange={(event) => setAction(event.target.value)} className={`${filterClass} w-48`}>
          {FAMILIES.map((family) => (
            <option key={family.value} value={family.value}>
              {family.label}
            </option>
          ))}
        </select>
        <label htmlFor="audit-actor" className="sr-only">
          Actor
        </label>
        <input id="audit-actor" type="search" value={actorInput} onChange={(event) => setActorInput(event.target.value)} placeholder="Actor name contains…" className={`${filterClass} w-64`} />
        {audit.isFetching && !audit.isFetchingNextPage && <span className="text-xs text-zinc-500">Loading…</span>}
      </div>
      {audit.error && <ErrorBanner message={audit.error.message} />}
      <Card>
        <div className="-m-3 overflow-x-auto">
          <DataTable minWidthClass="min-w-[960px]" columns={[{ label: "Time", className: "w-44" }, { label: "Actor" }, { label: "Action" }, { label: "Target" }, { label: "Detail", className: "w-[40%]" }]}>
            {entries.map((entry) => (
              <tr key={entry.id} className="hover:bg-zinc-800/30">
                <td className={`${td} whitespace-nowrap`}>
                  <time dateTime={entry.at} title={formatDistanceToNowStrict(new Date(entry.at), { addSuffix: true })} className="font-mono text-xs text-zinc-400 tabular-nums">
                    {format(new Date(entry.at), "yyyy-MM-dd HH:mm:ss")}
                  </time>
                </td>
                <td className={td}>
                  <div className="flex flex-wrap items-center gap-1.5">
                    <span className="text-zinc-100">{entry.actor.name}</span>
                    <Badge tone={ACTOR_TONES[entry.actor.type] ?? "neutral"}>{entry.actor.type}</Badge>
                  </div>
                </td>
                <td className={td}>
                  <ActionBadge action={entry.action} />
                </td>
                <td className={td}>
                  <AuditTarget target={entry.target} />
                </td>
                <td className={td}>
                  <AuditDetail detail={entry.detail} />
                </td>
              </tr>
            ))}
          </DataTable>
          {audit.isPending && <p className="p-3 text-sm text-zinc-500">Loading the audit log…</p>}
          {audit.isSuccess && entries.length === 0 && <p className="p-3 text-sm text-zinc-500">Nothing recorded{action || actor ? " that matches these filters" : " yet"}.</p>}
        </div>
      </Card>
      <div className="flex items-center justify-center">
        {audit.hasNextPage ? (
          <Button onClick={() => audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>
            {audit.isFetchingNextPage ? "Loading…" : "Load older"}
          </Button>
        ) : (
          entries.length > 0 && <p className="text-xs text-zinc-600">Beginning of the log: {entries.length} entries.</p>
        )}
      </div>
    </div>
  );
}
