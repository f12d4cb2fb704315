import type { NoteTag } from "../../drill-model/note-tags";
import type { ScorecardInput } from "./types";
import type { ScannedTimeline } from "./scan";
import type { Scorecard } from "./types";

const MISTAKE: NoteTag = "mistake";

/** How the drill was run: the clock against the time box, pauses, rollbacks, whether it was aborted, and the mistakes observers noted. */
export function scoreConduct(scan: ScannedTimeline, drill: ScorecardInput["drill"]): Pick<Scorecard, "timeBox" | "pausedMs" | "rollbacks" | "aborted" | "mistakes"> {
  const boxMs = drill.timeBoxMinutes * 60_000;
  return {
    timeBox: { minutes: drill.timeBoxMinutes, usedMs: scan.usedMs, fraction: boxMs > 0 ? scan.usedMs / boxMs : 0 },
    pausedMs: scan.of("drill.resumed").reduce((sum, event) => sum + event.body.pausedForMs, 0),
    rollbacks: scan.of("rollback.executed").map((event) => ({
      stepId: event.body.stepId,
      name: event.body.name,
      offsetMs: event.offsetMs,
      duringAbort: event.body.during === "abort",
      failed: event.body.result?.outcome === "failed",
    })),
    aborted: drill.outcome === "aborted" || scan.of("drill.aborting").length > 0,
    mistakes: scan
      .of("note.added")
      .filter((event) => event.body.tags?.includes(MISTAKE))
      .map((event) => ({ seq: event.id, offsetMs: event.offsetMs, aboutSeq: event.body.pinnedSeq ?? null, text: event.body.text, by: event.actor.name })),
  };
}
