import type { FoldedMessage } from "@/lib/timeline/fold-chat";
import { Mrkdwn } from "./mrkdwn";

/** A message mirrored from Slack as it stands now, with its edit history, deletion mark and reactions. */
export function MirroredMessage({ message }: { message: FoldedMessage }) {
  return (
    <div className="mt-0.5 text-zinc-100">
      <div className={message.deleted ? "text-zinc-500 line-through decoration-zinc-600" : undefined}>
        <Mrkdwn text={message.text} names={message.mentions} />
      </div>
      {(message.deleted || message.history.length > 0) && (
        <div className="mt-0.5 flex flex-wrap items-center gap-2 text-[11px] text-zinc-500">
          {message.deleted && <span className="rounded bg-zinc-800 px-1 text-zinc-400">deleted in Slack</span>}
          {message.history.length > 0 && (
            <details>
              <summary className="cursor-pointer select-none hover:text-zinc-300">edited {message.history.length === 1 ? "once" : `${message.history.length} times`}</summary>
              <ol className="mt-1 flex flex-col gap-1 border-l border-zinc-800 pl-2">
                {message.history.map((version, index) => (
                  <li key={index} className="text-zinc-400">
                    <Mrkdwn text={version.text} names={message.mentions} />
                    <span className="text-zinc-600">replaced {new Date(version.replacedAt).toLocaleTimeString()}</span>
                  </li>
                ))}
              </ol>
            </details>
          )}
        </div>
      )}
      <Reactions reactions={message.reactions} />
    </div>
  );
}

/** A message's reactions and their counts, as Slack shows them under it; nothing when there are none. */
export function Reactions({ reactions }: { reactions: readonly { name: string; count: number }[] }) {
  if (reactions.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label="Reactions">
      {reactions.map((reaction) => (
        <li key={reaction.name} className="rounded-full border border-zinc-700 bg-zinc-800/60 px-1.5 text-[11px] text-zinc-300">
          :{reaction.name}: {reaction.count}
        </li>
      ))}
    </ul>
  );
}
