import { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Prisma } from "../db/generated/client";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { newWebhookSecret } from "./signing-secret";
import { parseOrThrow } from "../validation";
import { scenarioDefinitionSchema } from "./schemas";
import { upgradeDefinition } from "./upgrade";
import { listingFields, toScenarioView, type ScenarioView } from "./view";

/** The API body. The definition stays unknown until upgraded: older document versions are accepted. */
export const createScenarioSchema = z.object({ definition: z.unknown() });

export async function createScenario({ ctx, input }: { ctx: Ctx; input: z.input<typeof createScenarioSchema> & { id?: string } }): Promise<ScenarioView> {
  authorize(ctx, "scenario.write");
  const definition = parseOrThrow(scenarioDefinitionSchema, upgradeDefinition(input.definition), ["definition"]);
  return inTransaction(ctx, async (tx) => {
    const scenario = await tx.scenario.create({
      data: { ...(input.id ? { id: input.id } : {}), ...listingFields(definition), currentRevision: 1, webhookSecret: newWebhookSecret() },
    });
    const revision = await tx.scenarioRevision.create({
      data: { scenarioId: scenario.id, number: 1, definition: definition as Prisma.InputJsonValue },
    });
    return toScenarioView(scenario, revision);
  });
}
