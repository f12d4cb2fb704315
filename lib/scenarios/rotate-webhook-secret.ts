import type { Ctx } from "../context";
import { dbOf } from "../db/transaction";
import { NotFoundError } from "../errors";
import { newWebhookSecret } from "../injections/signing-secret";
import { logger } from "../logger";
import { assertStaff } from "./readiness/access";
import { toWebhookSecretView, type WebhookSecretView } from "./webhook-secret";

/** A new signing secret, effective for the very next call (drills read it when they call, not when they start). */
export async function rotateWebhookSecret({ ctx, input }: { ctx: Ctx; input: { scenarioId: string } }): Promise<WebhookSecretView> {
  assertStaff(ctx, "rotate a scenario's webhook secret");
  const secret = newWebhookSecret();
  const { count } = await dbOf(ctx).scenario.updateMany({ where: { id: input.scenarioId }, data: { webhookSecret: secret } });
  if (count === 0) throw new NotFoundError("Scenario", input.scenarioId);
  logger.info({ scenarioId: input.scenarioId, actor: ctx.actor.name }, "webhook secret rotated");
  return toWebhookSecretView(input.scenarioId, secret);
}
