import type { z } from "zod";
import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { ValidationError } from "../errors";
import { appendEvent } from "../timeline/append";
import { evidenceProblems } from "../timeline/evidence";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { linkAnswerSchema } from "./schemas";

/**
 * One step of the model answer against the timeline: done (shown by these events), done differently, or not done.
 * Evidence is what happened during the drill: never a note, never the review's own events.
 */
export async function linkAnswer({ ctx, input }: { ctx: Ctx; input: { drillId: string; step: number; data: z.input<typeof linkAnswerSchema> } }): Promise<TimelineEventView> {
  const { verdict, evidenceSeqs, note } = parseOrThrow(linkAnswerSchema, input.data);
  return mutateDrill(ctx, input.drillId, "link_answer", async (tx, drill) => {
    const steps = drill.script.modelAnswer.length;
    if (input.step >= steps) throw new ValidationError([{ path: "step", message: `must be a step of the model answer (0 to ${steps - 1})` }]);
    if (verdict === "not_done" && evidenceSeqs.length) throw new ValidationError([{ path: "evidenceSeqs", message: "must be empty for a step that was not done" }]);
    const problems = await evidenceProblems(tx, drill.id, evidenceSeqs, "evidenceSeqs");
    if (problems.length) throw new ValidationError(problems);
    return appendEvent(tx, ctx, drill.id, { kind: "answer.linked", body: { step: input.step, verdict, evidenceSeqs, note } });
  });
}
