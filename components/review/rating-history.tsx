import { RATING_LABELS } from "@/lib/drill-model/debrief";
import type { RatingChange } from "@/lib/review/scorecard/types";
import { wallTime } from "./format";

/** Every rating given to an objective, oldest first. */
export function RatingHistory({ history }: { history: RatingChange[] }) {
  return (
    <div>
      <h4 className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">History</h4>
      <ol className="mt-1 flex flex-col gap-1 text-xs text-zinc-400">
        {history.map((change) => (
          <li key={change.seq}>
            <span className="font-mono font-semibold text-zinc-200" title={RATING_LABELS[change.rating]}>
              {change.rating}
            </span>{" "}
            by {change.by}, {wallTime(change.at)}: <span className="text-zinc-300">{change.reason}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
