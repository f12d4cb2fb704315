"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/drill-model/permissions";
import { meQuery } from "@/lib/queries/me";
import { tokensQuery, type CreatedToken as Created } from "@/lib/queries/tokens";
import { Card } from "../ui/card";
import { ErrorBanner } from "../ui/field";
import { CreatedToken } from "./created-token";
import { CreateTokenForm } from "./create-token-form";
import { TokenTable } from "./token-table";

/** Tokens let scripts and CI call the API as you, with no more than the scopes you pick. */
export function TokenSettings() {
  const me = useQuery(meQuery());
  const tokens = useQuery(tokensQuery());
  const [created, setCreated] = useState<Created | null>(null);

  if (me.error) return <ErrorBanner message={me.error.message} />;
  if (!me.data) return <p className="text-sm text-zinc-500">Loading…</p>;
  const permissions: readonly string[] = me.data.permissions;
  const allowed = TOKEN_SCOPES.filter((scope): scope is TokenScope => permissions.includes(scope));
  const isAdmin = me.data.actor.type === "admin";

  return (
    <div className="flex flex-col gap-4">
      {created && <CreatedToken token={created} onDone={() => setCreated(null)} />}
      <Card title="New token">
        <CreateTokenForm allowed={allowed} onCreated={setCreated} />
      </Card>
      <Card title={isAdmin ? "All API tokens" : "Your API tokens"}>
        {tokens.error ? (
          <ErrorBanner message={tokens.error.message} />
        ) : !tokens.data ? (
          <p className="text-sm text-zinc-500">Loading tokens…</p>
        ) : (
          <TokenTable tokens={tokens.data} showOwner={isAdmin} />
        )}
      </Card>
    </div>
  );
}
