"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { format } from "date-fns";
import { useState } from "react";
import { STAFF_ROLES, type StaffRole } from "@/lib/drill-model/permissions";
import { updateUserMutation, type UserChange } from "@/lib/queries/admin";
import type { UserView } from "@/lib/users/schemas";
import { Badge } from "../ui/badge";
import { DataTable } from "../ui/table";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { inputClass } from "../ui/field";
import { SIGN_IN_LABELS } from "./roles";

const td = "px-3 py-2.5 align-middle";
const COLUMNS = 7;

/** Each row has its own mutation, so a refusal (the last admin) shows on the row it is about. */
function UserRow({ user, isMe, onDisable }: { user: UserView; isMe: boolean; onDisable: (user: UserView, change: (change: UserChange) => void) => void }) {
  const update = useMutation(updateUserMutation(useQueryClient()));
  const change = (patch: UserChange) => update.mutate({ id: user.id, change: patch });
  const disabled = user.disabledAt !== null;
  return (
    <>
      <tr className={disabled ? "bg-zinc-950/40 text-zinc-500" : ""} aria-busy={update.isPending}>
        <td className={`${td} font-medium ${disabled ? "" : "text-zinc-100"}`}>
          {user.name}
          {isMe && <span className="ml-1.5 text-xs font-normal text-zinc-500">(you)</span>}
        </td>
        <td className={`${td} ${disabled ? "" : "text-zinc-300"}`}>{user.email}</td>
        <td className={td}>
          <label htmlFor={`role-${user.id}`} className="sr-only">
            Role of {user.name}
          </label>
          <select
            id={`role-${user.id}`}
            value={user.role}
            disabled={update.isPending}
            onChange={(event) => change({ role: event.target.value as StaffRole })}
            className={`${inputClass} w-auto py-1 text-xs`}
          >
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </td>
        <td className={td}>
          <div className="flex flex-wrap gap-1">
            {user.signIn.length === 0 ? <span className="text-xs text-zinc-600">none</span> : user.signIn.map((method) => <Badge key={method}>{SIGN_IN_LABELS[method] ?? method}</Badge>)}
          </div>
        </td>
        <td className={`${td} whitespace-nowrap text-zinc-400`}>
          <time dateTime={user.createdAt}>{format(new Date(user.createdAt), "yyyy-MM-dd")}</time>
        </td>
        <td className={td}>
          {disabled ? (
            <Badge tone="danger">
              <span title={format(new Date(user.disabledAt!), "yyyy-MM-dd HH:mm")}>disabled</span>
            </Badge>
          ) : (
            <Badge tone="success">active</Badge>
          )}
        </td>
        <td className={`${td} text-right`}>
          {disabled ? (
            <Button size="sm" disabled={update.isPending} onClick={() => change({ disabled: false })}>
              Enable
            </Button>
          ) : (
            <Button size="sm" variant="ghost" disabled={update.isPending} onClick={() => onDisable(user, change)}>
              Disable
            </Button>
          )}
        </td>
      </tr>
      {update.error && (
        <tr>
          <td colSpan={COLUMNS} className="px-3 pb-2.5">
            <div role="alert" className="flex items-center justify-between gap-3 rounded-md border border-rose-900 bg-rose-950/50 px-3 py-1.5 text-sm text-rose-200">
              <span>
                {user.name}: {update.error.message}
              </span>
              <Button size="sm" variant="ghost" onClick={() => update.reset()} aria-label="Dismiss">
                ✕
              </Button>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

export function UsersTable({ users, meId }: { users: UserView[]; meId: string | null }) {
  const [confirming, setConfirming] = useState<{ user: UserView; change: (change: UserChange) => void } | null>(null);
  const isMe = confirming?.user.id === meId;
  return (
    <>
      <div className="-m-3 overflow-x-auto">
        <DataTable minWidthClass="min-w-[860px]" columns={[{ label: "Name" }, { label: "Email" }, { label: "Role" }, { label: "Sign-in" }, { label: "Created" }, { label: "Status" }, { label: "Actions", hidden: true }]}>
          {users.map((user) => (
            <UserRow key={user.id} user={user} isMe={user.id === meId} onDisable={(target, change) => setConfirming({ user: target, change })} />
          ))}
        </DataTable>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={`Disable ${confirming?.user.name ?? ""}?`}
        confirmLabel="Disable account"
        confirmVariant="danger"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          confirming?.change({ disabled: true });
          setConfirming(null);
        }}
      >
        {isMe
          ? "This is your own account: you are signed out at once and cannot sign in again, and your API tokens stop working."
          : "They are signed out at once and cannot sign in again, and their API tokens stop working."}{" "}
        An admin can enable the account again later.
      </ConfirmDialog>
    </>
  );
}
