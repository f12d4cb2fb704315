import { ErrorCode, LogLevel, WebClient } from "@slack/web-api";
import { describe, expect, it } from "vitest";
import { BOT_TOKEN, startHarness } from "./support/setup";

async function rawCall(apiUrl: string, method: string, body = "") {
  const response = await fetch(`${apiUrl}${method}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${BOT_TOKEN}`, "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), type: response.headers.get("content-type"), text: await response.text() };
}

describe("faults", () => {
  it("rate limits the next calls with 429 and Retry-After, then recovers", async () => {
    const { emulator, slack } = await startHarness();
    emulator.faults.rateLimit({ count: 2, retryAfterSeconds: 7 });
    const first = await rawCall(emulator.apiUrl, "conversations.create", "name=limited");
    expect(first.status).toBe(429);
    expect(first.retryAfter).toBe("7");
    expect(JSON.parse(first.text)).toEqual({ ok: false, error: "ratelimited" });

    await expect(slack.conversations.create({ name: "limited" })).rejects.toMatchObject({ code: ErrorCode.RateLimitedError, retryAfter: 7 });
    expect(emulator.state.channelByName("limited")).toBeUndefined();
    await expect(slack.conversations.create({ name: "limited" })).resolves.toMatchObject({ ok: true });
  });

  it("only faults the methods it names", async () => {
    const { emulator, slack } = await startHarness();
    emulator.faults.rateLimit({ count: 1, retryAfterSeconds: 1, methods: ["chat.postMessage"] });
    await expect(slack.auth.test()).resolves.toMatchObject({ ok: true });
    const { channel } = await slack.conversations.create({ name: "scoped" });
    await expect(slack.chat.postMessage({ channel: channel!.id!, text: "x" })).rejects.toMatchObject({ code: ErrorCode.RateLimitedError });
    await expect(slack.chat.postMessage({ channel: channel!.id!, text: "x" })).resolves.toMatchObject({ ok: true });
  });

  it("answers server errors with the status and an HTML body, changing nothing", async () => {
    const { emulator, slack } = await startHarness();
    emulator.faults.serverError({ count: 1, status: 502 });
    emulator.faults.serverError({ count: 1 });
    const first = await rawCall(emulator.apiUrl, "conversations.create", "name=broken");
    expect(first.status).toBe(502);
    expect(first.type).toContain("text/html");
    expect(first.text).toContain("502 Bad Gateway");
    await expect(slack.conversations.create({ name: "broken" })).rejects.toMatchObject({ code: ErrorCode.HTTPError, statusCode: 500 });
    expect(emulator.state.channels.size).toBe(0);
  });

  it("answers 503 to everything while down", async () => {
    const { emulator, slack } = await startHarness();
    emulator.faults.down(true);
    expect((await rawCall(emulator.apiUrl, "auth.test")).status).toBe(503);
    await expect(slack.users.list({})).rejects.toMatchObject({ statusCode: 503 });
    emulator.faults.down(false);
    await expect(slack.auth.test()).resolves.toMatchObject({ ok: true });
  });

  it("slows calls down", async () => {
    const { emulator, slack } = await startHarness();
    emulator.faults.slow({ delayMs: 300, count: 1, methods: ["auth.test"] });
    const started = Date.now();
    await slack.auth.test();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const again = Date.now();
    await slack.auth.test();
    expect(Date.now() - again).toBeLessThan(250);
  });

  it("clears every fault", async () => {
    const { emulator, slack } = await startHarness();
    emulator.faults.down(true);
    emulator.faults.rateLimit({ count: 5, retryAfterSeconds: 1 });
    emulator.faults.clear();
    await expect(slack.auth.test()).resolves.toMatchObject({ ok: true });
  });

  it("logs every call in order, so posts can be checked to arrive in order after a 429 burst", async () => {
    const { emulator } = await startHarness();
    // A client that retries on its own, as the app's will: Retry-After 0 keeps the test fast.
    const retrying = new WebClient(BOT_TOKEN, { slackApiUrl: emulator.apiUrl, retryConfig: { retries: 5, minTimeout: 0, maxTimeout: 1 }, logLevel: LogLevel.ERROR });
    const { channel } = await retrying.conversations.create({ name: "ordered" });
    emulator.faults.rateLimit({ count: 3, retryAfterSeconds: 0, methods: ["chat.postMessage"] });
    for (const text of ["one", "two", "three"]) await retrying.chat.postMessage({ channel: channel!.id!, text });

    const posts = emulator.state.calls.filter((call) => call.method === "chat.postMessage");
    expect(posts.map((call) => [call.status, call.args.text])).toEqual([
      [429, "one"],
      [429, "one"],
      [429, "one"],
      [200, "one"],
      [200, "two"],
      [200, "three"],
    ]);
    expect(posts[0]).toMatchObject({ ok: false, error: "ratelimited", fault: "rateLimit" });
    expect(posts[0]?.args).not.toHaveProperty("token");
    expect(emulator.state.messagesOf(channel!.id!).map((message) => message.text)).toEqual(["one", "two", "three"]);
  });
});
