import { format } from "date-fns";
import { elapsedMs, formatDuration } from "@/lib/drill-model/clock";
import type { ClockView } from "@/lib/drills/view";

const outcomeWords: Record<string, string> = { mitigated: "mitigated", failed: "failed", timed_out: "timed out", aborted: "aborted" };

function headline(status: string, outcome: string | null, started: boolean): string {
  // In review and once closed, the outcome is still how it ended.
  const ended = outcome ?? status;
  if (ended === "aborted" && !started) return "Aborted before it started";
  if (outcomeWords[ended]) return `Ended as ${outcomeWords[ended]}`;
  return `Ended · ${status.replaceAll("_", " ")}`;
}

/** Where the running clock was: the outcome, how long the drill ran against its time box, and when it ended. */
export function EndedSummary({ status, outcome = null, clock }: { status: string; outcome?: string | null; clock: ClockView }) {
  const endedAt = new Date(clock.endedAt ?? clock.serverNow);
  const started = clock.startedAt !== null;
  const ran = elapsedMs({ startedAt: started ? new Date(clock.startedAt!) : null, endedAt, pausedAt: clock.pausedAt ? new Date(clock.pausedAt) : null, pausedMs: clock.pausedMs, timeBoxMinutes: clock.timeBoxMinutes }, endedAt);
  return (
    <div data-testid="drill-ended" className="text-right">
      <div className="text-[10px] font-semibold tracking-wider text-zinc-400 uppercase">{headline(status, outcome, started)}</div>
      {started && (
        <div className="mt-0.5 font-mono text-2xl leading-none text-white tabular-nums">
          <span data-testid="drill-duration">{formatDuration(ran)}</span>
          <span className="ml-1.5 font-sans text-xs text-zinc-500">of {clock.timeBoxMinutes} min</span>
        </div>
      )}
      <time dateTime={endedAt.toISOString()} className="mt-1 block text-xs text-zinc-400">
        ended {format(endedAt, "d MMM yyyy, HH:mm")}
      </time>
    </div>
  );
}
