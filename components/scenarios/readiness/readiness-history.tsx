import { READINESS_ITEM_LABELS } from "@/lib/injections/readiness/schemas";
import type { ReadinessCheckView } from "@/lib/injections/readiness/views";
import { absoluteTime, relativeTime } from "../format";

/** Every tick and untick, newest first: the checklist is append-only so this is its whole story. */
export function ReadinessHistory({ history }: { history: ReadinessCheckView[] }) {
  if (history.length === 0) return null;
  return (
    <details className="group text-xs">
      <summary className="cursor-pointer text-zinc-500 select-none hover:text-zinc-300">Checklist history ({history.length})</summary>
      <ol className="mt-2 flex flex-col gap-1 border-l border-zinc-800 pl-3">
        {history.map((check) => (
          <li key={check.id} className="text-zinc-400">
            <time dateTime={check.at} title={absoluteTime(check.at)} className="text-zinc-500">
              {relativeTime(check.at)}
            </time>{" "}
            <span className="text-zinc-300">{check.verifiedBy}</span> {check.verified ? "verified" : "unchecked"}{" "}
            <span className="text-zinc-200">{READINESS_ITEM_LABELS[check.item].replace(/ verified$/, "")}</span> on revision {check.revision}
            {check.note && <span className="text-zinc-500"> — “{check.note}”</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
