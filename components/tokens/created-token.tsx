"use client";

import { useEffect, useState } from "react";
import type { CreatedToken as Created } from "@/lib/queries/tokens";
import { Button } from "../ui/button";
import { CopyField } from "../ui/copy-field";

/** The secret, this once: the server keeps only its hash, so losing it means making a new token. */
export function CreatedToken({ token, onDone }: { token: Created; onDone: () => void }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <section aria-labelledby="created-token-title" className="flex flex-col gap-3 rounded-lg border border-amber-700/70 bg-amber-950/30 p-4">
      <div>
        <h2 id="created-token-title" className="text-sm font-semibold text-amber-100">
          Token &ldquo;{token.name}&rdquo; created. Copy it now.
        </h2>
        <p className="mt-0.5 text-sm text-amber-200/80">You will not see this token again: drillroom keeps only a hash of it. If you lose it, revoke it and create another.</p>
      </div>
      <CopyField id="created-token" label="New API token" value={token.token} />
      <div>
        <p className="text-xs text-zinc-400">Send it as a Bearer token, for example:</p>
        <pre className="mt-1 overflow-x-auto rounded-md border border-zinc-800 bg-zinc-950 px-3 py-2 font-mono text-xs text-zinc-200">
          curl -H &quot;Authorization: Bearer {token.token}&quot; {origin}/api/drills
        </pre>
      </div>
      <Button size="sm" className="self-start" onClick={onDone}>
        I have saved it
      </Button>
    </section>
  );
}
