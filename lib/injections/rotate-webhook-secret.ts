import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { inTransaction } from "../context/transaction";
import { NotFoundError } from "../errors";
import { newWebhookSecret } from "../scenarios/signing-secret";
import { logger } from "../logger";
import { toWebhookSecretView, type WebhookSecretView } from "./webhook-secret";

/** A new signing secret, effective for the very next call (drills read it when they call, not when they start). */
export async function rotateWebhookSecret({ ctx, input }: { ctx: Ctx; input: { scenarioId: string } }): Promise<WebhookSecretView> {
  authorize(ctx, "scenario.write");
  const secret = newWebhookSecret();
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.scenario.updateMany({ where: { id: input.scenarioId }, data: { webhookSecret: secret } });
    if (count === 0) throw new NotFoundError("Scenario", input.scenarioId);
    await recordAudit(tx, ctx, { action: "webhook_secret.rotated", target: { type: "scenario", id: input.scenarioId } });
  });
  logger.info({ scenarioId: input.scenarioId, actor: ctx.actor.name }, "webhook secret rotated");
  return toWebhookSecretView(input.scenarioId, secret);
}
