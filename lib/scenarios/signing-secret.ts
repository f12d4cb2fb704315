import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { getScenarioOrThrow } from "./get-or-throw";

/** `whsec_` + 32 random bytes: the prefix makes a leaked secret easy to recognise (and to scan for). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/**
 * The only read of a scenario's signing secret. The client omits the column from every other query
 * (lib/db/client.ts); callers pass it to the executor and nowhere else: never into a view, a log or the timeline.
 */
export async function readWebhookSecret(db: Db, scenarioId: string): Promise<string> {
  const row = await getScenarioOrThrow(db, scenarioId, { select: { webhookSecret: true } });
  return row.webhookSecret;
}
