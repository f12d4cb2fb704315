"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { format, formatDistanceToNowStrict } from "date-fns";
import { useState } from "react";
import type { ApiTokenView } from "@/lib/api-tokens/schemas";
import { revokeTokenMutation } from "@/lib/queries/tokens";
import { Badge } from "../ui/badge";
import { DataTable } from "../ui/table";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";

const td = "px-3 py-2 align-middle";

function statusOf(token: ApiTokenView): "active" | "expired" | "revoked" {
  if (token.revokedAt) return "revoked";
  return token.expiresAt && new Date(token.expiresAt) <= new Date() ? "expired" : "active";
}

function When({ iso, empty, future = false }: { iso: string | null; empty: string; future?: boolean }) {
  if (!iso) return <span className="text-zinc-600">{empty}</span>;
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={format(date, "yyyy-MM-dd HH:mm")} className={future ? "text-zinc-300" : "text-zinc-400"}>
      {Math.abs(Date.now() - date.getTime()) < 60_000 ? "just now" : formatDistanceToNowStrict(date, { addSuffix: true })}
    </time>
  );
}

function Status({ token }: { token: ApiTokenView }) {
  const status = statusOf(token);
  return <Badge tone={status === "active" ? "success" : status === "revoked" ? "danger" : "neutral"}>{status}</Badge>;
}

function TokenRow({ token, showOwner, onRevoke }: { token: ApiTokenView; showOwner: boolean; onRevoke: () => void }) {
  const active = statusOf(token) === "active";
  return (
    <tr className={active ? "" : "opacity-60"}>
      <td className={`${td} font-medium text-zinc-100`}>{token.name}</td>
      <td className={`${td} font-mono text-xs whitespace-nowrap text-zinc-400`}>{token.prefix}…</td>
      <td className={td}>
        <ul className="flex flex-wrap gap-1" aria-label="Scopes">
          {token.scopes.map((scope) => (
            <li key={scope}>
              <Badge className="font-mono">{scope}</Badge>
            </li>
          ))}
        </ul>
      </td>
      {showOwner && <td className={`${td} whitespace-nowrap text-zinc-300`}>{token.owner.name}</td>}
      <td className={`${td} whitespace-nowrap`}>
        <When iso={token.createdAt} empty="" />
      </td>
      <td className={`${td} whitespace-nowrap`}>
        <When iso={token.lastUsedAt} empty="never" />
      </td>
      <td className={`${td} whitespace-nowrap`}>
        <When iso={token.expiresAt} empty="never" future={active} />
      </td>
      <td className={td}>
        <Status token={token} />
      </td>
      <td className={`${td} text-right`}>
        {active && (
          <Button size="sm" variant="ghost" aria-label={`Revoke ${token.name}`} onClick={onRevoke}>
            Revoke
          </Button>
        )}
      </td>
    </tr>
  );
}

/** `showOwner`: admins see everyone's tokens, to revoke a leaked one. Revoked and expired ones stay out of the way until asked for. */
export function TokenTable({ tokens, showOwner }: { tokens: ApiTokenView[]; showOwner: boolean }) {
  const revoke = useMutation(revokeTokenMutation(useQueryClient()));
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  const [showInactive, setShowInactive] = useState(false);
  const active = tokens.filter((token) => statusOf(token) === "active");
  const inactive = tokens.length - active.length;
  const shown = showInactive ? tokens : active;
  const close = () => {
    setRevoking(null);
    revoke.reset();
  };

  if (tokens.length === 0) return <p className="text-sm text-zinc-500">No API tokens yet.</p>;
  return (
    <>
      <div className="-m-3 overflow-x-auto">
        <DataTable minWidthClass="min-w-[900px]" columns={[{ label: "Name" }, { label: "Token" }, { label: "Scopes" }, showOwner && { label: "Owner" }, { label: "Created" }, { label: "Last used" }, { label: "Expires" }, { label: "Status" }, { label: "Actions", hidden: true }]}>
          {shown.map((token) => (
            <TokenRow key={token.id} token={token} showOwner={showOwner} onRevoke={() => setRevoking(token)} />
          ))}
        </DataTable>
        {shown.length === 0 && <p className="px-3 py-2.5 text-sm text-zinc-500">No active tokens.</p>}
        {inactive > 0 && (
          <div className="border-t border-zinc-800 px-1.5 py-1.5">
            <Button size="sm" variant="ghost" aria-expanded={showInactive} onClick={() => setShowInactive(!showInactive)}>
              {showInactive ? "Hide" : "Show"} {inactive} revoked or expired
            </Button>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this token?"
        confirmLabel="Revoke token"
        confirmVariant="danger"
        busy={revoke.isPending}
        error={revoke.error?.message}
        onCancel={close}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: close })}
      >
        <span className="font-semibold text-white">{revoking?.name}</span> ({revoking?.prefix}…){showOwner && revoking ? `, owned by ${revoking.owner.name},` : ""} stops working at once. Whatever uses it
        will get 401 until it has a new token. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
