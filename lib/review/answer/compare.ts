import type { ScenarioDefinition } from "../../scenarios/schemas";
import type { TimelineEventView } from "../../timeline/events";
import type { AnswerStepComparison } from "../report/types";
import type { EventOf } from "../scorecard/scan";
import { quoteEvent } from "./quote";

export { quoteEvent } from "./quote";
export { suggestEvidence } from "./suggest-evidence";

/**
 * Each step of the model answer against what happened, from the latest `answer.linked` of the step: its verdict, its
 * evidence quoted in timeline order, and (unless it was not done) when it was done, at the earliest evidence, and by
 * the people in the evidence, earliest first. Steps nobody compared yet have no verdict.
 */
export function compareModelAnswer(script: Pick<ScenarioDefinition, "modelAnswer">, events: readonly TimelineEventView[]): AnswerStepComparison[] {
  const latest = new Map<number, EventOf<"answer.linked">>();
  const bySeq = new Map<number, TimelineEventView>();
  for (const event of events) {
    bySeq.set(event.id, event);
    if (event.kind === "answer.linked") latest.set(event.body.step, event);
  }
  return script.modelAnswer.map((text, step) => {
    const link = latest.get(step);
    if (!link) return { step, text, verdict: null, evidence: [], doneAtOffsetMs: null, doneBy: [], note: "" };
    const evidence = [...new Set(link.body.evidenceSeqs)]
      .flatMap((seq) => bySeq.get(seq) ?? [])
      .sort((a, b) => a.id - b.id)
      .map(quoteEvent);
    const done = link.body.verdict !== "not_done";
    const timed = evidence.filter((quote) => quote.offsetMs !== null).sort((a, b) => a.offsetMs! - b.offsetMs! || a.seq - b.seq);
    return {
      step,
      text,
      verdict: link.body.verdict,
      evidence,
      doneAtOffsetMs: done ? (timed[0]?.offsetMs ?? null) : null,
      doneBy: done ? [...new Set(timed.map((quote) => quote.actor))] : [],
      note: link.body.note,
    };
  });
}
