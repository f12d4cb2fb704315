import { describe, expect, it } from "vitest";
import { buildEventEnvelope, signSlackRequest } from "../../tools/slack-emulator/index";
import { addPeople, SIGNING_SECRET, startHarness } from "./support/setup";

async function setup(options: Parameters<typeof startHarness>[0] = {}) {
  const harness = await startHarness(options);
  const people = addPeople(harness.emulator);
  const channel = harness.emulator.driver.createChannel({ name: "retries", creatorId: people.alice.id });
  return { ...harness, ...people, channelId: channel.id };
}

describe("Events API redelivery", () => {
  it("retries after an error status with X-Slack-Retry-Num and http_error, same event_id, fresh signature", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    let calls = 0;
    receiver.reply = () => ((calls += 1) <= 2 ? { status: 500 } : { status: 200 });
    const { delivery } = await emulator.driver.post(alice.id, channelId, "retry me");

    expect(delivery.delivered).toBe(true);
    expect(delivery.attempts.map((attempt) => [attempt.retryNum, attempt.status])).toEqual([
      [0, 500],
      [1, 500],
      [2, 200],
    ]);
    const [first, second, third] = receiver.requests;
    expect(first?.headers["x-slack-retry-num"]).toBeUndefined();
    expect(second?.headers["x-slack-retry-num"]).toBe("1");
    expect(second?.headers["x-slack-retry-reason"]).toBe("http_error");
    expect(third?.headers["x-slack-retry-num"]).toBe("2");
    expect(new Set(receiver.requests.map((request) => request.json.event_id)).size).toBe(1);
    expect(receiver.requests.every((request) => request.verified)).toBe(true);
  });

  it("retries after a timeout with http_timeout", async () => {
    const { emulator, receiver, alice, channelId } = await setup({ ackTimeoutMs: 200 });
    let calls = 0;
    receiver.reply = () => ((calls += 1) === 1 ? { status: 200, delayMs: 600 } : { status: 200 });
    const { delivery } = await emulator.driver.post(alice.id, channelId, "slow app");
    expect(delivery.attempts[0]).toMatchObject({ retryNum: 0, error: "http_timeout" });
    expect(delivery.attempts[1]).toMatchObject({ retryNum: 1, status: 200 });
    expect(receiver.requests[1]?.headers["x-slack-retry-reason"]).toBe("http_timeout");
  });

  it("gives up after the configured retries and waits the configured delays", async () => {
    const { emulator, receiver, alice, channelId } = await setup({ retryDelaysMs: [30, 60] });
    receiver.reply = () => ({ status: 503 });
    const { delivery } = await emulator.driver.post(alice.id, channelId, "never");
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts).toHaveLength(3);
    const [first, second, third] = receiver.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(25);
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(55);
  });

  it("stops when the app answers X-Slack-No-Retry: 1", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    receiver.reply = () => ({ status: 500, headers: { "X-Slack-No-Retry": "1" } });
    const { delivery } = await emulator.driver.post(alice.id, channelId, "no retry");
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts).toHaveLength(1);
    await emulator.driver.idle();
    expect(receiver.requests).toHaveLength(1);
  });

  it("lets idle() wait for retries still scheduled", async () => {
    const { emulator, receiver, slack, alice } = await setup({ retryDelaysMs: [50] });
    const { channel } = await slack.conversations.create({ name: "idle" });
    let calls = 0;
    receiver.reply = () => ((calls += 1) === 1 ? { status: 500 } : { status: 200 });
    await slack.conversations.invite({ channel: channel!.id!, users: alice.id });
    await emulator.driver.idle();
    expect(receiver.requests.map((request) => request.headers["x-slack-retry-num"])).toEqual([undefined, "1"]);
    expect(emulator.state.deliveries.at(-1)).toMatchObject({ delivered: true, label: "member_joined_channel" });
  });

  it("redelivers an event on demand, marked as a retry", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    const { delivery } = await emulator.driver.post(alice.id, channelId, "dedupe me");
    const again = await emulator.driver.redeliver(delivery.eventId!);
    expect(again.delivered).toBe(true);
    const [original, duplicate] = receiver.requests;
    expect(duplicate?.rawBody).toBe(original?.rawBody);
    expect(duplicate?.headers["x-slack-retry-num"]).toBe("1");
    expect(duplicate?.headers["x-slack-retry-reason"]).toBe("http_timeout");
    expect(duplicate?.verified).toBe(true);
  });
});

describe("raw deliveries", () => {
  it("lets a test send tampered signatures and stale timestamps", async () => {
    const { emulator, receiver } = await setup();
    const body = JSON.stringify(buildEventEnvelope({ type: "app_mention", text: "hi" }, { teamId: "T1", appId: "A1" }));

    const good = await emulator.driver.sendRaw({ body, contentType: "application/json" });
    expect(good.status).toBe(200);

    const tampered = await emulator.driver.sendRaw({ body, contentType: "application/json", signature: "v0=deadbeef" });
    expect(tampered.status).toBe(401);
    expect(receiver.requests[1]?.verifyError).toBeDefined();

    const stale = Math.floor(Date.now() / 1000) - 60 * 10;
    const old = await emulator.driver.sendRaw({ body, contentType: "application/json", timestamp: stale });
    expect(old.status).toBe(401);
    expect(receiver.requests[2]?.headers["x-slack-signature"]).toBe(signSlackRequest(SIGNING_SECRET, stale, body));
    expect(receiver.requests[2]?.verifyError).toMatch(/stale|old|timestamp/i);
  });

  it("signs exactly like Slack's documented example", () => {
    // From Slack's "Verifying requests from Slack" guide.
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(signSlackRequest("8f742231b10e8888abcd99yyyzzz85a5", 1531420618, body)).toBe(
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    );
  });
});
