import { createHmac, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { startHttpTarget, type ReceivedRequest, type Reply } from "./http-target";

/** What a receiver records about each request's signature. */
export type SignedRequest = ReceivedRequest & { verified: boolean; problem?: string; deliveryId?: string };

const TOLERANCE_SECONDS = 300;

/**
 * A receiver written the way docs/injection-recipes.md tells teams to write one, independently of
 * drillroom's own code: recompute HMAC-SHA256 over `${timestamp}.${rawBody}` with the secret, compare in
 * constant time, refuse timestamps more than five minutes away. Unverified requests get 401.
 */
export function checkSignature(secret: string, headers: http.IncomingHttpHeaders, rawBody: string, now = Date.now()): string | undefined {
  const signature = String(headers["x-drillroom-signature"] ?? "");
  const timestamp = Number(headers["x-drillroom-timestamp"]);
  if (!signature.startsWith("sha256=") || !Number.isInteger(timestamp)) return "unsigned";
  if (Math.abs(now / 1000 - timestamp) > TOLERANCE_SECONDS) return "stale timestamp";
  const expected = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest();
  const given = Buffer.from(signature.slice("sha256=".length), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : "bad signature";
}

/**
 * A local target that checks signatures. Tests share one target: each registers its scenario's secret for
 * a path prefix of its own, and `reply` answers verified requests.
 */
export async function startSignedTarget(reply: (request: ReceivedRequest) => Reply = () => ({})) {
  const secrets = new Map<string, string>();
  const signed: SignedRequest[] = [];
  const target = await startHttpTarget((request) => {
    const prefix = [...secrets.keys()].find((candidate) => request.path.startsWith(candidate));
    const problem = prefix ? checkSignature(secrets.get(prefix)!, request.headers, request.body) : "no secret registered";
    signed.push({ ...request, verified: !problem, problem, deliveryId: request.headers["x-drillroom-delivery"] as string | undefined });
    if (problem) return { status: 401, body: JSON.stringify({ error: problem }) };
    return reply(request);
  });
  return {
    url: target.url,
    close: target.close,
    /** Requests under a prefix, in arrival order. */
    received: (prefix: string) => signed.filter((request) => request.path.startsWith(prefix)),
    expectSecret: (prefix: string, secret: string) => secrets.set(prefix, secret),
  };
}

export type SignedTarget = Awaited<ReturnType<typeof startSignedTarget>>;
