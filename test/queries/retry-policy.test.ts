import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiError } from "../../lib/api-client";
import { refetchWhileUnavailable, retryQuery } from "../../lib/queries/retry-policy";

const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ title: "The database cannot be reached right now. Try again in a few seconds.", status }), { status, headers: { "content-type": "application/problem+json", ...headers } });

afterEach(() => vi.unstubAllGlobals());

describe("queries while the database is away", () => {
  it("reads Retry-After into the error, bounded, and ignores a value that is not a number of seconds", async () => {
    for (const [header, expected] of [["5", 5000], ["0", undefined], ["-3", undefined], ["soon", undefined], ["1e9", 300_000]] as const) {
      vi.stubGlobal("fetch", async () => problem(503, { "retry-after": header }));
      const error = await api("/api/drills").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).retryAfterMs).toBe(expected);
      expect((error as ApiError).message).toMatch(/database cannot be reached/);
    }
  });

  it("shows a 503 at once instead of retrying behind a spinner, and asks again after Retry-After until it answers", () => {
    const unavailable = new ApiError("away", 503, [], 5000);
    expect(retryQuery(0, unavailable)).toBe(false);
    expect(refetchWhileUnavailable({ state: { error: unavailable } })).toBe(5000);
    expect(refetchWhileUnavailable({ state: { error: new ApiError("away", 503) } })).toBe(5000);
    expect(refetchWhileUnavailable({ state: { error: new ApiError("nope", 404) } })).toBe(false);
    expect(refetchWhileUnavailable({ state: { error: null } })).toBe(false);
  });

  it("still retries other failures once, and never a 401 or 403", () => {
    expect(retryQuery(0, new ApiError("boom", 500))).toBe(true);
    expect(retryQuery(1, new ApiError("boom", 500))).toBe(false);
    expect(retryQuery(0, new ApiError("who are you", 401))).toBe(false);
    expect(retryQuery(0, new ApiError("not yours", 403))).toBe(false);
  });
});
