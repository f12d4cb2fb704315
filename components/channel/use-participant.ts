"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { api, type ApiError } from "@/lib/api-client";
import type { JoinedParticipant } from "@/lib/channel/join-channel";
import { PARTICIPANT_KEY_HEADER } from "@/lib/channel/schemas";

/** Who this browser is in the drill's channel: the key is what proves it to the server on every post. */
export interface ParticipantIdentity {
  participantId: string;
  displayName: string;
  guest: boolean;
  secret: string;
}

const keyFor = (token: string) => `drillroom:participant:${token}`;
const listeners = new Set<() => void>();

function parseIdentity(raw: string | null): ParticipantIdentity | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<ParticipantIdentity>;
    // Identities saved before participants had keys cannot post any more: join again.
    return value.participantId && value.secret ? (value as ParticipantIdentity) : null;
  } catch {
    return null;
  }
}

export const keyHeaders = (identity: { secret: string }) => ({ [PARTICIPANT_KEY_HEADER]: identity.secret });

/** Who this browser is in the drill's channel, remembered per drill link (localStorage). */
export function useParticipant(token: string) {
  const raw = useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => window.localStorage.getItem(keyFor(token)),
    () => null,
  );
  const save = useCallback(
    (identity: ParticipantIdentity) => {
      window.localStorage.setItem(keyFor(token), JSON.stringify(identity));
      listeners.forEach((notify) => notify());
    },
    [token],
  );
  return { identity: parseIdentity(raw), save };
}

/** The key of a personal link (`/channel/<token>#key=…`): in the fragment, so it never reaches a server log or a Referer. */
function keyInAddress(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get("key");
}

/**
 * Opening a personal link joins (or resumes) that roster member's participant; the key then leaves the address bar,
 * so a screenshot or a shared screen does not show it. Joining again from the link later is harmless.
 */
export function usePersonalLink(token: string, save: (identity: ParticipantIdentity) => void) {
  const open = useMutation<JoinedParticipant & { secret: string }, ApiError, string>({
    mutationFn: async (secret) => ({ ...(await api<JoinedParticipant>(`/api/channel/${token}/participants`, { body: {}, headers: keyHeaders({ secret }) })), secret }),
    onSuccess: (joined) => {
      save({ participantId: joined.participantId, displayName: joined.displayName, guest: joined.guest, secret: joined.secret });
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    },
  });
  const { mutate } = open;
  useEffect(() => {
    const secret = keyInAddress();
    if (secret) mutate(secret);
  }, [mutate]);
  return open;
}
