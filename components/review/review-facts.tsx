import type { DrillView } from "@/lib/drills/view";
import type { DebriefView } from "@/lib/review/debrief-view";
import { shortHash, wallTime } from "./format";

/** Where the debrief stands, in sentences that are true right now. */
export function ReviewFacts({ drill, debrief }: { drill: DrillView; debrief?: DebriefView }) {
  const snapshot = debrief?.snapshot ?? null;
  const facts: { key: string; text: string; tone?: string }[] = [];
  if (drill.status !== "in_review" && drill.status !== "closed")
    facts.push({ key: "review", text: "The review has not begun. Objectives can be rated and the model answer compared already; begin the review to record missed milestones after the fact and to close it." });
  facts.push(
    drill.revealedAt
      ? { key: "reveal", text: `Participants have seen the answer since ${wallTime(drill.revealedAt)}.`, tone: "text-violet-200" }
      : { key: "reveal", text: "Participants have not seen the root cause or the model answer." },
  );
  if (drill.status === "closed" && snapshot)
    facts.push({ key: "frozen", text: `This report is frozen (sha256 ${shortHash(snapshot.contentHash)}) since ${wallTime(snapshot.closedAt)}, closed by ${snapshot.closedBy}. Later edits to the scenario do not change it.`, tone: "text-emerald-200" });
  else if (snapshot)
    facts.push({ key: "frozen", text: `This drill was reopened: the report is recomputed on every change until the next close (the last frozen one, sha256 ${shortHash(snapshot.contentHash)}, was made at ${wallTime(snapshot.closedAt)}).`, tone: "text-amber-200" });
  else if (drill.status !== "closed") facts.push({ key: "frozen", text: "The report is recomputed from the timeline on every change until the drill is closed." });
  return (
    <ul data-testid="review-facts" className="flex flex-col gap-0.5 text-sm text-zinc-300">
      {facts.map((fact) => (
        <li key={fact.key} data-fact={fact.key} className={fact.tone}>
          {fact.text}
        </li>
      ))}
    </ul>
  );
}
