import type { z } from "zod";
import type { Ctx } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { eventOfDrill } from "./milestones/store";
import { mutateDrill } from "./internal/mutate";
import { addNoteSchema } from "./schemas";

/**
 * Observer and facilitator notes: staff-only, never shown in the participants' channel. Each is pinned to
 * the moment it is about (`pinnedSeq`), by default the latest event when it is written.
 */
export async function addNote({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof addNoteSchema> } }): Promise<TimelineEventView> {
  const { text, tags, pinnedSeq } = parseOrThrow(addNoteSchema, input.data);
  return mutateDrill(ctx, input.drillId, "add_note", async (tx, drill) => {
    if (pinnedSeq !== undefined) await eventOfDrill(tx, drill.id, pinnedSeq, "pinnedSeq");
    return appendEvent(tx, ctx, drill.id, { kind: "note.added", body: { text, tags, pinnedSeq: pinnedSeq ?? drill.lastSeq } });
  });
}
