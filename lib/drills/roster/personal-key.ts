import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../../env";

/** `drp_` marks a drillroom participant key, so people and secret scanners can tell what a leaked string is. */
export const PARTICIPANT_KEY_MARK = "drp_";

/** A guest's key: 256 random bits, shown once; only its hash is kept. */
export function newGuestKey(): { key: string; hash: string } {
  const key = `${PARTICIPANT_KEY_MARK}${randomBytes(32).toString("base64url")}`;
  return { key, hash: hashParticipantKey(key) };
}

/**
 * A roster member's personal key, derived rather than stored: an HMAC of the member id under the server's secret, so
 * the control room can show the same link every time without keeping it anywhere, and nobody without the secret can
 * make one. Rotating DRILLROOM_AUTH_SECRET invalidates every personal link (and every session) at once.
 */
export function personalKey(rosterMemberId: string): string {
  const secret = env().DRILLROOM_AUTH_SECRET;
  if (!secret) throw new Error("DRILLROOM_AUTH_SECRET is not set: personal channel links are derived from it.");
  const mac = createHmac("sha256", secret).update(`drillroom personal channel link\0${rosterMemberId}`).digest("base64url");
  return `${PARTICIPANT_KEY_MARK}${mac}`;
}

/** Keys are 256 bits of secret or random material: a fast hash is enough, and lookups stay one indexed read. */
export function hashParticipantKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function sameKey(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
