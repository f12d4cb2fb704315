import { SIGNATURE_HEADER, TIMESTAMP_HEADER, DELIVERY_HEADER } from "./signature";

/** What a facilitator gets to configure a receiver: the secret and how drillroom uses it. Answered with no-store. */
export interface WebhookSecretView {
  scenarioId: string;
  secret: string;
  algorithm: "HMAC-SHA256";
  signedPayload: "${timestamp}.${rawBody}";
  headers: { signature: string; timestamp: string; delivery: string };
}

export function toWebhookSecretView(scenarioId: string, secret: string): WebhookSecretView {
  return {
    scenarioId,
    secret,
    algorithm: "HMAC-SHA256",
    signedPayload: "${timestamp}.${rawBody}",
    headers: { signature: SIGNATURE_HEADER, timestamp: TIMESTAMP_HEADER, delivery: DELIVERY_HEADER },
  };
}
