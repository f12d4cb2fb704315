import { createHmac } from "node:crypto";

/** Slack's v0 request signature: "v0=" + hex HMAC-SHA256 of `v0:${timestamp}:${rawBody}`. */
export function signSlackRequest(secret: string, timestampSeconds: number, rawBody: string): string {
  const hmac = createHmac("sha256", secret).update(`v0:${timestampSeconds}:${rawBody}`).digest("hex");
  return `v0=${hmac}`;
}

/** The two headers Slack adds to every delivery, signed now unless a timestamp is given. */
export function signedHeaders(
  secret: string,
  rawBody: string,
  timestampSeconds = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    "X-Slack-Request-Timestamp": String(timestampSeconds),
    "X-Slack-Signature": signSlackRequest(secret, timestampSeconds, rawBody),
  };
}
