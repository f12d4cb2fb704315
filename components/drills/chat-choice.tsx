"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { chooseChatMutation } from "@/lib/queries/chat";
import { Card } from "../ui/card";

const CHOICES = [
  { provider: "slack", label: "Slack", hint: "The bot creates the channel at the start and invites the roster." },
  { provider: "builtin", label: "Built-in channel", hint: "Participants join a web channel with the link above." },
] as const;

/** Before the start: where participants respond. */
export function ChatChoice({ drillId, provider }: { drillId: string; provider: string }) {
  const choose = useMutation(chooseChatMutation(useQueryClient(), drillId));
  const current = CHOICES.find((choice) => choice.provider === provider);
  return (
    <Card title="Participants respond in">
      <div role="radiogroup" aria-label="Participants respond in" className="grid grid-cols-2 gap-1 rounded-md bg-zinc-950/60 p-1">
        {CHOICES.map((choice) => (
          <button
            key={choice.provider}
            type="button"
            role="radio"
            aria-checked={choice.provider === provider}
            disabled={choose.isPending}
            onClick={() => choice.provider !== provider && choose.mutate(choice.provider)}
            className="rounded px-2 py-1 text-sm text-zinc-400 hover:text-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-400 aria-checked:bg-zinc-800 aria-checked:text-zinc-100"
          >
            {choice.label}
          </button>
        ))}
      </div>
      {current && <p className="mt-2 text-xs text-zinc-500">{current.hint}</p>}
      {choose.error && <p role="alert" className="mt-1 text-xs text-rose-400">{choose.error.message}</p>}
    </Card>
  );
}
