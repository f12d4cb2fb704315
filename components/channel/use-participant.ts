"use client";

import { useCallback, useSyncExternalStore } from "react";

export interface ParticipantIdentity {
  participantId: string;
  displayName: string;
}

const keyFor = (token: string) => `drillroom:participant:${token}`;
const listeners = new Set<() => void>();

/** Who this browser is in the drill's channel, remembered per drill link. */
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
  const identity = raw ? (JSON.parse(raw) as ParticipantIdentity) : null;
  return { identity, save };
}
