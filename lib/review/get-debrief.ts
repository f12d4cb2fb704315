import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { getDrillOrThrow } from "../drills/internal/get-drill";
import { isEnded, type DrillOutcome } from "../drill-model/state-machine";
import { InvalidStateError } from "../errors";
import { readDefinition } from "../scenarios/upgrade";
import { compareModelAnswer, suggestEvidence } from "./answer/compare";
import type { DebriefView } from "./debrief-view";
import { notesOf } from "./report/build-report";
import { scorecardOf } from "./scorecard-of";
import { pickedNoteSeqs, starredSeqs } from "./timeline";

/** The debrief page's data (staff): the scorecard as of now, the model answer against the timeline with suggestions, and the report's picks. */
export async function getDebrief({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<DebriefView> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const db = dbOf(ctx);
  const row = await getDrillOrThrow(db, input.drillId, { include: { reports: { orderBy: { id: "desc" }, take: 1, select: { id: true, contentHash: true, closedAt: true, closedBy: true } } } });
  if (!isEnded(row.status)) throw new InvalidStateError("The debrief opens when the drill has ended.");
  const script = readDefinition(row.script);
  const { scorecard, events } = await scorecardOf(db, { ...row, script });
  const snapshot = row.reports[0];
  // Suggestions come from what happened in the drill, not from what the review itself wrote after the end.
  const endSeq = events.find((event) => event.kind === "drill.ended")?.id ?? Infinity;
  const duringDrill = events.filter((event) => event.id <= endSeq);
  return {
    drillId: row.id,
    status: row.status,
    outcome: row.outcome as DrillOutcome | null,
    revealedAt: row.revealedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    scorecard,
    modelAnswer: compareModelAnswer(script, events).map((step) => ({ ...step, candidates: suggestEvidence(step.text, duringDrill) })),
    keyMoments: starredSeqs(events),
    notes: notesOf(events),
    pickedNotes: pickedNoteSeqs(events),
    snapshot: snapshot ? { id: snapshot.id, contentHash: snapshot.contentHash, closedAt: snapshot.closedAt.toISOString(), closedBy: snapshot.closedBy } : null,
  };
}
