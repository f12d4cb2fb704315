import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { createScenario } from "./create";
import { getScenario } from "./get";
import type { ScenarioView } from "./view";

const TITLE_MAX = 120;
const SUFFIX = " (copy)";

/** "<title> (copy)", shortened so the copy still fits the title limit. */
export function copyTitle(title: string): string {
  return `${title.slice(0, TITLE_MAX - SUFFIX.length).trimEnd()}${SUFFIX}`;
}

/** A new scenario (revision 1) from the current revision of another; readiness and drills stay with the original. */
export async function duplicateScenario({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ScenarioView> {
  authorize(ctx, "scenario.write");
  return inTransaction(ctx, async (tx) => {
    const source = await getScenario({ ctx: { ...ctx, tx }, input: { id: input.id } });
    const definition = { ...source.definition, title: copyTitle(source.definition.title) };
    return createScenario({ ctx: { ...ctx, tx }, input: { definition } });
  });
}
