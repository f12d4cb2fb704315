import Link from "next/link";
import type { ReplayView } from "@/lib/review/replay/types";
import type { DrillOutcome } from "@/lib/drill-model/state-machine";
import type { ReplaySource } from "@/lib/queries/replay";
import { OUTCOME_LOOK, outcomeLabel } from "../review/report/format";
import { Badge } from "../ui/badge";

const linkClass = "rounded px-1 text-sky-400 hover:underline focus-visible:outline-2 focus-visible:outline-sky-400";

/** The drill's title, scenario and outcome, and the way back to where the replay was opened from. */
export function ReplayHeader({ view, source }: { view: ReplayView; source: ReplaySource }) {
  const { drill } = view;
  const outcome = drill.outcome as DrillOutcome | null;
  const look = outcome ? OUTCOME_LOOK[outcome] : null;
  return (
    <header className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
      <div className="flex min-w-0 flex-col gap-1">
        <p className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Replay</p>
        <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold text-white [overflow-wrap:anywhere]">
          {drill.title}
          <Badge tone={look?.tone ?? "neutral"} className="text-xs uppercase">
            <span data-testid="replay-outcome">{outcomeLabel(outcome)}</span>
          </Badge>
          {drill.demo && (
            <Badge tone="violet" className="text-xs uppercase">
              Demo data
            </Badge>
          )}
        </h1>
        <p className="text-xs text-zinc-400">
          {drill.scenarioTitle}
          {drill.publicTitle && drill.publicTitle !== drill.title && <> · participants knew it as “{drill.publicTitle}”</>}
          {" · "}
          {drill.timeBoxMinutes} min time box
          {drill.exercise && <> · part of {source.kind === "drill" ? <Link href={`/exercises/${drill.exercise.id}`} className="text-sky-400 hover:underline">{drill.exercise.name}</Link> : drill.exercise.name}</>}
        </p>
      </div>
      <nav aria-label="Back" className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {source.kind === "drill" ? (
          <>
            <Link href={`/drills/${encodeURIComponent(source.drillId)}`} className={`${linkClass} font-medium`}>
              ← Debrief
            </Link>
            <span className="text-zinc-600">·</span>
            <Link href={`/drills/${encodeURIComponent(source.drillId)}/report`} className={linkClass}>
              Report
            </Link>
          </>
        ) : (
          <>
            <Link href={`/watch/${encodeURIComponent(source.token)}`} className={`${linkClass} font-medium`}>
              ← Back to the drill
            </Link>
            <span className="text-zinc-600">·</span>
            <Link href={`/watch/${encodeURIComponent(source.token)}/report`} className={linkClass}>
              Report
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
