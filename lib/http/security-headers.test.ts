import { describe, expect, it } from "vitest";
import { API_POLICY, createNonce, isHttps, pagePolicy } from "./security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((directive) => {
  const [name, ...sources] = directive.split(" ");
  return [name, sources] as const;
}));

describe("pagePolicy", () => {
  it("is the production policy, the nonce in script-src only", () => {
    expect(pagePolicy({ nonce: "abc123==", dev: false })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123==' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; " +
        "form-action 'self'; object-src 'none'",
    );
  });

  it("allows eval in development only, for React's error stacks", () => {
    expect(directives(pagePolicy({ nonce: "n", dev: true })).get("script-src")).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(pagePolicy({ nonce: "n", dev: false })).not.toContain("unsafe-eval");
  });

  it("never allows inline scripts", () => {
    for (const dev of [true, false]) expect(directives(pagePolicy({ nonce: "n", dev })).get("script-src")).not.toContain("'unsafe-inline'");
  });
});

describe("API_POLICY", () => {
  it("lets nothing load or frame an API response, and carries no nonce", () => {
    expect(API_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("isHttps", () => {
  it.each([
    ["https://drills.example.com/", null, true],
    ["http://127.0.0.1:3000/", null, false],
    ["http://127.0.0.1:3000/", "https", true],
    ["http://127.0.0.1:3000/", "HTTPS", true],
    ["http://127.0.0.1:3000/", "https, http", true],
    ["http://127.0.0.1:3000/", "http", false],
    ["http://127.0.0.1:3000/", "http, https", false],
  ])("%s forwarded as %s: %s", (url, forwardedProto, expected) => {
    expect(isHttps({ url, forwardedProto })).toBe(expected);
  });
});
