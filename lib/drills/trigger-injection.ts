import type { Ctx } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { assertNotYet, findItem, mutateDrill } from "./mutate";
import { triggerInjectionSchema } from "./schemas";

/** A manual injection step: the facilitator did it by hand and says so, with a note. */
export async function triggerInjection({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: unknown } }): Promise<TimelineEventView> {
  const { stepId, note } = parseOrThrow(triggerInjectionSchema, input.data);
  return mutateDrill(ctx, input.drillId, "trigger_injection", async (tx, drill) => {
    const step = findItem(drill.script.injections, stepId, "Injection step");
    const ref = `injection:${step.id}`;
    await assertNotYet(tx, drill.id, ref, `Injection "${step.name}"`);
    return appendEvent(tx, ctx, drill.id, { kind: "injection.executed", ref, body: { stepId: step.id, name: step.name, note } });
  });
}
