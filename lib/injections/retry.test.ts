import { describe, expect, it } from "vitest";
import { backoffDelayMs, DEFAULT_RETRY, isRetryable, maxDurationMs } from "./retry";

describe("retry policy", () => {
  it("waits about 250 ms, then 1 s, with up to half of each left to chance", () => {
    expect([backoffDelayMs(1, DEFAULT_RETRY, () => 0), backoffDelayMs(1, DEFAULT_RETRY, () => 1)]).toEqual([125, 250]);
    expect([backoffDelayMs(2, DEFAULT_RETRY, () => 0), backoffDelayMs(2, DEFAULT_RETRY, () => 1)]).toEqual([500, 1000]);
    expect(backoffDelayMs(6, DEFAULT_RETRY, () => 1)).toBe(5000); // capped
  });

  it("retries 5xx and no answer at all, never 4xx or redirects", () => {
    expect([null, 500, 502, 503].map(isRetryable)).toEqual([true, true, true, true]);
    expect([200, 301, 400, 404, 409, 429].map(isRetryable)).toEqual([false, false, false, false, false, false]);
  });

  it("knows the longest a step can take with every retry", () => {
    const action = { kind: "webhook" as const, method: "POST" as const, url: "http://x", headers: {}, body: "", timeoutSeconds: 10 };
    expect(maxDurationMs(action)).toBe(3 * 10_000 + 250 + 1000);
    expect(maxDurationMs({ kind: "manual", instructions: "by hand" })).toBe(0);
  });
});
