"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api, type ApiError } from "@/lib/api-client";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import type { JoinedParticipant } from "@/lib/channel/join-channel";
import type { ParticipantIdentity } from "./use-participant";

/** People not on the roster join by name from the shared link, as guests; the key they get back stays in this browser. */
export function JoinForm({ token, onJoined }: { token: string; onJoined: (identity: ParticipantIdentity) => void }) {
  const [displayName, setDisplayName] = useState("");
  const join = useMutation<JoinedParticipant, ApiError, string>({
    mutationFn: (name) => api<JoinedParticipant>(`/api/channel/${token}/participants`, { body: { displayName: name } }),
    onSuccess: ({ participantId, displayName: name, guest, secret }) => onJoined({ participantId, displayName: name, guest, secret: secret ?? "" }),
  });
  const fieldError = join.error?.problems.find((problem) => problem.path === "displayName")?.message;
  return (
    <form
      className="flex items-end gap-2 border-t border-zinc-800 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        join.mutate(displayName);
      }}
    >
      <div className="flex-1">
        <label htmlFor="display-name" className="text-xs font-medium text-zinc-400">
          Your name in this channel
        </label>
        <p className="text-xs text-zinc-500">On the roster? Open the personal link your facilitator sent you instead; here you join as a guest.</p>
        <input id="display-name" value={displayName} onChange={(event) => setDisplayName(event.target.value)} aria-invalid={Boolean(fieldError)} className={`${inputClass} mt-1`} placeholder="e.g. Mina (API team)" />
        {join.error && (
          <p role="alert" className="mt-1 text-xs text-rose-400">
            {fieldError ? `Name ${fieldError}` : join.error.message}
          </p>
        )}
      </div>
      <Button type="submit" variant="primary" disabled={join.isPending}>
        Join channel
      </Button>
    </form>
  );
}
