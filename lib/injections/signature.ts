import { createHmac, timingSafeEqual } from "node:crypto";

/** Headers drillroom adds to every webhook call (docs/injection-recipes.md shows receivers how to check them). */
export const SIGNATURE_HEADER = "x-drillroom-signature";
export const TIMESTAMP_HEADER = "x-drillroom-timestamp";
export const DELIVERY_HEADER = "x-drillroom-delivery";
export const SIGNED_HEADERS = [SIGNATURE_HEADER, TIMESTAMP_HEADER, DELIVERY_HEADER] as const;

/** How old a signed request a receiver should still accept. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** HMAC-SHA256 over `${timestamp}.${rawBody}`, hex: the timestamp is signed too, so an old request cannot be replayed later. */
export function computeSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

export function signatureHeaders(input: { secret: string; deliveryId: string; rawBody: string; now: Date }): Record<(typeof SIGNED_HEADERS)[number], string> {
  const timestamp = Math.floor(input.now.getTime() / 1000);
  return {
    [SIGNATURE_HEADER]: `sha256=${computeSignature(input.secret, timestamp, input.rawBody)}`,
    [TIMESTAMP_HEADER]: String(timestamp),
    [DELIVERY_HEADER]: input.deliveryId,
  };
}

export type Verification = { ok: true; deliveryId: string | undefined } | { ok: false; reason: string };

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** What a receiver does: recompute the HMAC, compare in constant time, refuse stale timestamps. Used by tests and as the reference for the docs. */
export function verifySignature(input: { secret: string; headers: HeaderBag; rawBody: string; now?: Date; toleranceSeconds?: number }): Verification {
  const signature = header(input.headers, SIGNATURE_HEADER);
  const timestamp = Number(header(input.headers, TIMESTAMP_HEADER));
  if (!signature?.startsWith("sha256=")) return { ok: false, reason: "missing or malformed signature" };
  if (!Number.isInteger(timestamp)) return { ok: false, reason: "missing or malformed timestamp" };
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return { ok: false, reason: "timestamp outside the tolerance" };
  const expected = Buffer.from(computeSignature(input.secret, timestamp, input.rawBody), "hex");
  const given = Buffer.from(signature.slice("sha256=".length), "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "signature mismatch" };
  return { ok: true, deliveryId: header(input.headers, DELIVERY_HEADER) };
}
