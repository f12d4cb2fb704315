import type { TimelineEventView } from "../../timeline/events";
import type { ReplayAnswerStep } from "./types";

/**
 * The model answer's steps with the latest comparison of each (`answer.linked`, as the debrief reads it), placed at the
 * earliest of their evidence events that this replay shows (`tBySeq`).
 */
export function replayAnswer(modelAnswer: readonly string[], all: readonly TimelineEventView[], tBySeq: ReadonlyMap<number, number>): ReplayAnswerStep[] {
  const latest = new Map<number, Extract<TimelineEventView, { kind: "answer.linked" }>>();
  for (const event of all) if (event.kind === "answer.linked") latest.set(event.body.step, event);
  return modelAnswer.map((text, step) => {
    const link = latest.get(step);
    if (!link) return { step, text, verdict: null, t: null, evidenceSeqs: [], note: "" };
    const evidenceSeqs = [...new Set(link.body.evidenceSeqs)].filter((seq) => tBySeq.has(seq)).sort((a, b) => a - b);
    const times = evidenceSeqs.map((seq) => tBySeq.get(seq)!);
    return { step, text, verdict: link.body.verdict, t: times.length ? Math.min(...times) : null, evidenceSeqs, note: link.body.note };
  });
}

/** The evidence event a step's mark points at: the earliest one (the lower seq on a tie). */
export function firstEvidenceSeq(step: ReplayAnswerStep, tBySeq: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  for (const seq of step.evidenceSeqs) if (best === null || tBySeq.get(seq)! < tBySeq.get(best)!) best = seq;
  return best;
}
