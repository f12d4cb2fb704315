"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDistanceToNowStrict } from "date-fns";
import { chatStatusQuery } from "@/lib/queries/chat";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { ChatChoice } from "./chat-choice";

/** Where the drill's Slack channel is and what has not reached it yet; a 429 or an outage shows here, not as silence. */
export function ChatStatusPanel({ drillId, planned }: { drillId: string; planned: boolean }) {
  const { data } = useQuery(chatStatusQuery(drillId));
  if (!data) return null;
  if (planned && data.slackAvailable) return <ChatChoice drillId={drillId} provider={data.provider} />;
  if (data.provider !== "slack") return null;
  const { channel, outbox } = data;
  return (
    <Card
      title="Slack channel"
      actions={outbox.pending ? <Badge tone={outbox.head?.lastError ? "warning" : "info"}>{outbox.pending} pending</Badge> : <Badge tone="success">delivered</Badge>}
    >
      <div className="flex flex-col gap-2 text-sm" data-testid="chat-status">
        <p className="flex items-center gap-2">
          {channel ? <span className="font-mono text-sky-300">#{channel.name}</span> : <span className="text-zinc-500">created when the drill starts</span>}
          {channel?.archived && <Badge>archived</Badge>}
        </p>
        {outbox.head && (
          <div className="rounded border border-zinc-800 bg-zinc-950/50 px-2 py-1.5 text-xs">
            <p className="text-zinc-300">
              Next: {outbox.head.description}
              {outbox.head.attempts > 0 && <span className="text-zinc-500"> · tried {outbox.head.attempts}×</span>}
            </p>
            {outbox.head.lastError && (
              <p className="mt-0.5 text-amber-300">
                {outbox.head.lastError} · retrying {retryLabel(outbox.head.nextAttemptAt)}
              </p>
            )}
          </div>
        )}
        {outbox.failed.length > 0 && (
          <ul className="flex flex-col gap-1 text-xs" aria-label="Not delivered">
            {outbox.failed.map((failure, index) => (
              <li key={index} className="rounded border border-rose-900/60 bg-rose-950/30 px-2 py-1 text-rose-200">
                {failure.description}: <span className="text-rose-300">{failure.error}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

function retryLabel(at: string): string {
  const due = new Date(at);
  return due.getTime() <= Date.now() ? "now" : `in ${formatDistanceToNowStrict(due)}`;
}
