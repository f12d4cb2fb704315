import type { DrillOutcome, DrillStatus } from "../drill-model/state-machine";
import type { AnswerStepComparison, EventQuote, ReportNote } from "./report/types";
import type { Scorecard } from "./scorecard/types";

/** What the debrief page works from (staff only): the live scorecard and everything the report will be made of. */
export interface DebriefView {
  drillId: string;
  status: DrillStatus;
  outcome: DrillOutcome | null;
  revealedAt: string | null;
  closedAt: string | null;
  scorecard: Scorecard;
  /** Each model-answer step as compared so far, with suggested evidence from the timeline. */
  modelAnswer: (AnswerStepComparison & { candidates: EventQuote[] })[];
  /** Seqs of the starred events, in timeline order. */
  keyMoments: number[];
  /** Every observer note, and which were chosen for the report. */
  notes: ReportNote[];
  pickedNotes: number[];
  /** The frozen report, once closed (kept after a reopen: the last close). */
  snapshot: { id: number; contentHash: string; closedAt: string; closedBy: string } | null;
}
