import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { recordAudit } from "../audit/record";
import { dbOf } from "../context/transaction";
import { readWebhookSecret } from "../scenarios/signing-secret";
import { logger } from "../logger";
import { toWebhookSecretView, type WebhookSecretView } from "./webhook-secret";

/** The scenario's signing secret, on explicit request only, for facilitators. Audited, without the secret. */
export async function revealWebhookSecret({ ctx, input }: { ctx: Ctx; input: { scenarioId: string } }): Promise<WebhookSecretView> {
  authorize(ctx, "scenario.write");
  const secret = await readWebhookSecret(dbOf(ctx), input.scenarioId);
  await recordAudit(dbOf(ctx), ctx, { action: "webhook_secret.revealed", target: { type: "scenario", id: input.scenarioId } });
  logger.info({ scenarioId: input.scenarioId, actor: ctx.actor.name }, "webhook secret revealed");
  return toWebhookSecretView(input.scenarioId, secret);
}
