"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { usersQuery } from "@/lib/queries/admin";
import { meQuery } from "@/lib/queries/me";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ErrorBanner } from "../ui/field";
import { AddUserForm } from "./add-user-form";
import { UsersTable } from "./users-table";

export function UsersAdmin() {
  const users = useQuery(usersQuery());
  const me = useQuery(meQuery());
  const [adding, setAdding] = useState(false);

  if (users.error) return <ErrorBanner message={users.error.message} />;
  const list = users.data ?? [];
  const active = list.filter((user) => !user.disabledAt).length;
  return (
    <div className="flex flex-col gap-4">
      {adding && (
        <Card title="Add user">
          <AddUserForm onClose={() => setAdding(false)} />
        </Card>
      )}
      <Card
        title={users.data ? `People · ${active} active${list.length > active ? `, ${list.length - active} disabled` : ""}` : "People"}
        actions={
          !adding && (
            <Button size="sm" variant="primary" onClick={() => setAdding(true)}>
              Add user
            </Button>
          )
        }
      >
        {users.data ? <UsersTable users={users.data} meId={me.data?.actor.id ?? null} /> : <p className="text-sm text-zinc-500">Loading people…</p>}
      </Card>
    </div>
  );
}
