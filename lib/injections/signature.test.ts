import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { computeSignature, signatureHeaders, verifySignature } from "./signature";

const secret = "whsec_test-secret";
const now = new Date("2026-11-25T10:00:00.000Z");
const body = '{"drill":"d-1","phase":"injection"}';

describe("webhook signatures", () => {
  it("is HMAC-SHA256 over `${timestamp}.${rawBody}`, hex, as the docs tell receivers", () => {
    const expected = createHmac("sha256", secret).update(`1795600800.${body}`).digest("hex");
    expect(computeSignature(secret, 1795600800, body)).toBe(expected);
    expect(signatureHeaders({ secret, deliveryId: "del-1", rawBody: body, now })).toEqual({
      "x-drillroom-signature": `sha256=${expected}`,
      "x-drillroom-timestamp": "1795600800",
      "x-drillroom-delivery": "del-1",
    });
  });

  it("verifies what it signed, and nothing else", () => {
    const headers = signatureHeaders({ secret, deliveryId: "del-1", rawBody: body, now });
    expect(verifySignature({ secret, headers, rawBody: body, now })).toEqual({ ok: true, deliveryId: "del-1" });
    expect(verifySignature({ secret: "whsec_other", headers, rawBody: body, now })).toEqual({ ok: false, reason: "signature mismatch" });
    expect(verifySignature({ secret, headers, rawBody: body.replace("d-1", "d-2"), now })).toEqual({ ok: false, reason: "signature mismatch" });
    // Moving the timestamp to make an old request look fresh breaks the signature: the timestamp is signed.
    const replayed = { ...headers, "x-drillroom-timestamp": String(Number(headers["x-drillroom-timestamp"]) + 600) };
    expect(verifySignature({ secret, headers: replayed, rawBody: body, now: new Date(now.getTime() + 600_000) })).toEqual({ ok: false, reason: "signature mismatch" });
  });

  it("refuses a timestamp more than five minutes away, either way", () => {
    const headers = signatureHeaders({ secret, deliveryId: "del-1", rawBody: "", now });
    expect(verifySignature({ secret, headers, rawBody: "", now: new Date(now.getTime() + 299_000) }).ok).toBe(true);
    expect(verifySignature({ secret, headers, rawBody: "", now: new Date(now.getTime() + 301_000) })).toEqual({ ok: false, reason: "timestamp outside the tolerance" });
    expect(verifySignature({ secret, headers, rawBody: "", now: new Date(now.getTime() - 301_000) })).toEqual({ ok: false, reason: "timestamp outside the tolerance" });
  });

  it("rejects missing or malformed headers without throwing", () => {
    expect(verifySignature({ secret, headers: {}, rawBody: body, now })).toEqual({ ok: false, reason: "missing or malformed signature" });
    expect(verifySignature({ secret, headers: { "x-drillroom-signature": "sha256=zz" }, rawBody: body, now })).toEqual({ ok: false, reason: "missing or malformed timestamp" });
    const headers = new Headers({ "x-drillroom-signature": "sha256=abcd", "x-drillroom-timestamp": "1795600800" });
    expect(verifySignature({ secret, headers, rawBody: body, now })).toEqual({ ok: false, reason: "signature mismatch" });
  });
});
