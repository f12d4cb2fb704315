import type { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { forgetDrillResult } from "./results/record-result";
import { reopenSchema } from "./schemas";

/** Back into review, with a reason, in the audit log: the frozen report stays stored, and the next close freezes a new one. */
export async function reopenDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof reopenSchema> } }): Promise<TimelineEventView> {
  const { reason } = parseOrThrow(reopenSchema, input.data);
  return mutateDrill(ctx, input.drillId, "reopen", async (tx, drill) => {
    const event = await appendEvent(tx, ctx, drill.id, { kind: "drill.reopened", body: { reason } });
    await tx.drill.update({ where: { id: drill.id }, data: { status: "in_review", closedAt: null } });
    await forgetDrillResult(tx, drill.id);
    await recordAudit(tx, ctx, { action: "drill.reopened", target: { type: "drill", id: drill.id, label: drill.title }, detail: { reason } });
    return event;
  });
}
