"use client";

import { useSyncExternalStore } from "react";
import { channelSurveyTarget } from "@/lib/queries/survey";
import { SurveySection } from "../survey/survey-section";
import type { ParticipantIdentity } from "./use-participant";

function subscribeToHash(notify: () => void) {
  window.addEventListener("hashchange", notify);
  return () => window.removeEventListener("hashchange", notify);
}

/** A personal link opened after the end cannot join any more, but its key still answers the survey as that roster member. */
function useLinkKey(): string | null {
  return useSyncExternalStore(subscribeToHash, () => new URLSearchParams(window.location.hash.slice(1)).get("key"), () => null);
}

/** At the end of the channel, from the end of the drill to its close: the hot-wash survey. */
export function ChannelSurvey({ token, identity }: { token: string; identity: ParticipantIdentity | null }) {
  const linkKey = useLinkKey();
  const key = identity?.secret ?? linkKey;
  return (
    <section aria-labelledby="channel-survey-heading" className="mt-3 rounded-lg border border-sky-900/70 bg-sky-950/20 p-4">
      <h2 id="channel-survey-heading" className="text-sm font-semibold text-white">
        Give feedback
      </h2>
      <p className="mb-3 text-xs text-zinc-400">A few questions about the drill, for the hot wash. It takes a minute.</p>
      {key ? <SurveySection target={channelSurveyTarget(token, key)} /> : <p className="text-sm text-zinc-400">Open your personal link (or this channel in the browser you joined it from) to answer the survey.</p>}
    </section>
  );
}
