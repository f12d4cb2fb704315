import type { Ctx } from "../context";
import { dbOf } from "../db/transaction";
import { readWebhookSecret } from "../injections/signing-secret";
import { logger } from "../logger";
import { assertStaff } from "./readiness/access";
import { toWebhookSecretView, type WebhookSecretView } from "./webhook-secret";

/** The scenario's signing secret, on explicit request only (until sign-in, #6, restricts who may ask). Logged, without the secret. */
export async function revealWebhookSecret({ ctx, input }: { ctx: Ctx; input: { scenarioId: string } }): Promise<WebhookSecretView> {
  assertStaff(ctx, "see a scenario's webhook secret");
  const secret = await readWebhookSecret(dbOf(ctx), input.scenarioId);
  logger.info({ scenarioId: input.scenarioId, actor: ctx.actor.name }, "webhook secret revealed");
  return toWebhookSecretView(input.scenarioId, secret);
}
