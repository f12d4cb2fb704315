import type { Ctx } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { mutateDrill } from "./mutate";
import { addNoteSchema } from "./schemas";

/** Observer and facilitator notes: staff-only, never shown in the participants' channel. */
export async function addNote({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: unknown } }): Promise<TimelineEventView> {
  const { text } = parseOrThrow(addNoteSchema, input.data);
  return mutateDrill(ctx, input.drillId, "add_note", (tx, drill) => appendEvent(tx, ctx, drill.id, { kind: "note.added", body: { text } }));
}
