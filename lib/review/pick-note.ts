import type { z } from "zod";
import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { eventOfDrill } from "../drills/milestones/store";
import { ValidationError } from "../errors";
import { appendEvent } from "../timeline/append";
import { toEventView, type TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { pickNoteSchema } from "./schemas";
import { pickedNoteSeqs } from "./timeline";

/** Puts an observer note in the report, or takes it out. Asking for what already is changes nothing. */
export async function pickNote({ ctx, input }: { ctx: Ctx; input: { drillId: string; seq: number; data: z.input<typeof pickNoteSchema> } }): Promise<{ seq: number; picked: boolean; event: TimelineEventView | null }> {
  const { picked } = parseOrThrow(pickNoteSchema, input.data);
  return mutateDrill(ctx, input.drillId, "pick_note", async (tx, drill) => {
    const target = await eventOfDrill(tx, drill.id, input.seq, "seq");
    if (target.kind !== "note.added") throw new ValidationError([{ path: "seq", message: `is not a note (#${input.seq} is a ${target.kind} event)` }]);
    const choices = await tx.timelineEvent.findMany({ where: { drillId: drill.id, kind: "note.picked" }, orderBy: { seq: "asc" } });
    const now = pickedNoteSeqs(choices.map(toEventView)).includes(input.seq);
    if (now === picked) return { seq: input.seq, picked, event: null };
    const event = await appendEvent(tx, ctx, drill.id, { kind: "note.picked", body: { noteSeq: input.seq, picked } });
    return { seq: input.seq, picked, event };
  });
}
