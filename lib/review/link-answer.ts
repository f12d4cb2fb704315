import type { z } from "zod";
import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { ValidationError } from "../errors";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { linkAnswerSchema } from "./schemas";
import { REVIEW_KINDS } from "./timeline";

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
    const found = await tx.timelineEvent.findMany({ where: { drillId: drill.id, seq: { in: evidenceSeqs } }, select: { seq: true, kind: true } });
    const kinds = new Map(found.map((event) => [event.seq, event.kind]));
    const problems = evidenceSeqs.flatMap((seq, index) => {
      const kind = kinds.get(seq);
      if (!kind) return [{ path: `evidenceSeqs.${index}`, message: `is not an event of this drill (#${seq})` }];
      if (kind === "note.added" || REVIEW_KINDS.has(kind)) return [{ path: `evidenceSeqs.${index}`, message: `is a ${kind} event (#${seq}): evidence is something that happened in the drill` }];
      return [];
    });
    if (problems.length) throw new ValidationError(problems);
    return appendEvent(tx, ctx, drill.id, { kind: "answer.linked", body: { step: input.step, verdict, evidenceSeqs, note } });
  });
}
