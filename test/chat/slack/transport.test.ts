import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getChatStatus } from "../../../lib/drills/get-chat-status";
import { prisma } from "../../../lib/db/client";
import { fireAlert } from "../../../lib/drills/fire-alert";
import { releaseHint } from "../../../lib/drills/release-hint";
import { slackConfig, useSlackConfig } from "../../../lib/chat/slack/config";
import { joinChannel } from "../../../lib/channel/join-channel";
import { storeInbound } from "../../../lib/channel/slack/inbound/inbox";
import { retryInbox } from "../../../lib/channel/slack/retry-inbox";
import { chooseChatProvider } from "../../../lib/drills/choose-chat";
import { createDrill } from "../../../lib/drills/create";
import { startDrill } from "../../../lib/drills/start";
import { ValidationError } from "../../../lib/errors";
import { signSlackRequest } from "../../../tools/slack-emulator";
import { createTestScenario, rejectionOf, staffCtx } from "../../factories";
import { declareSlackDrill, SIGNING_SECRET, startSlackHarness, type SlackHarness } from "../../support/slack-harness";

const ctx = staffCtx();
let slack: SlackHarness;
let dana: { id: string; name: string; email: string };

beforeAll(async () => {
  slack = await startSlackHarness();
  const user = slack.emulator.driver.addUser({ name: "dana", realName: "Dana Yoon", email: "dana@example.test" });
  dana = { id: user.id, name: "Dana Yoon", email: "dana@example.test" };
});
beforeEach(() => slack.emulator.faults.clear());
afterAll(() => slack.close());

async function counts(drillId: string) {
  return { events: await prisma().timelineEvent.count({ where: { drillId } }), inbound: await prisma().slackInboundEvent.count() };
}

function messageEnvelope(channelId: string, eventId: string, text: string) {
  return JSON.stringify({
    type: "event_callback",
    team_id: "T1",
    api_app_id: "A1",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "message", channel: channelId, user: dana.id, text, ts: `${Math.floor(Date.now() / 1000)}.000777`, event_ts: "1.1", channel_type: "channel" },
  });
}

describe("signed requests", () => {
  it("rejects a tampered signature and a stale timestamp, and writes nothing", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack, [dana]);
    await slack.settled();
    const before = await counts(drillId);

    const body = messageEnvelope(channelId, "EvTAMPERED1", "tampered");
    const now = Math.floor(Date.now() / 1000);
    const tampered = await slack.emulator.driver.sendRaw({ body, contentType: "application/json", timestamp: now, signature: signSlackRequest(SIGNING_SECRET, now, body.replace("tampered", "tamperex")) });
    expect(tampered.status).toBe(401);
    const stale = await slack.emulator.driver.sendRaw({ body: messageEnvelope(channelId, "EvSTALE1", "stale"), contentType: "application/json", timestamp: now - 6 * 60 });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(slack.requestUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(unsigned.status).toBe(401);
    await slack.settled();
    expect(await counts(drillId)).toEqual(before);

    // The same body, signed properly and fresh, goes through: the rejections were about the signature.
    const fresh = await slack.emulator.driver.sendRaw({ body, contentType: "application/json" });
    expect(fresh.status).toBe(200);
    await slack.settled();
    expect((await counts(drillId)).events).toBe(before.events + 1);
  });

  it("writes a redelivered event once, also when the copies arrive together", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack, [dana]);
    const posted = await slack.emulator.driver.post(dana.id, channelId, "is the primary up?");
    const eventId = posted.delivery.eventId!;
    await Promise.all([1, 2, 3].map((retryNum) => slack.emulator.driver.redeliver(eventId, { retryNum, reason: "http_timeout" })));
    await slack.settled();
    const mirrored = await prisma().timelineEvent.findMany({ where: { drillId, kind: "chat.message" } });
    expect(mirrored.map((event) => (event.body as { text: string }).text)).toEqual(["is the primary up?"]);
  });
});

describe("the inbox", () => {
  it("keeps a burst of events it acknowledged: every one is written once, none dropped", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack, [dana]);
    await slack.settled();
    const base = Math.floor(Date.now() / 1000);
    const bodies = Array.from({ length: 150 }, (_, index) => {
      const ts = `${base}.${String(index).padStart(6, "0")}`;
      return JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: `EvBURST${index}`, event_time: base, event: { type: "message", channel: channelId, user: dana.id, text: `burst ${index}`, ts, channel_type: "channel" } });
    });
    const sent = [...bodies, ...bodies.slice(0, 15)];
    const answers = await Promise.all(sent.map((body) => slack.emulator.driver.sendRaw({ body, contentType: "application/json" })));
    // On a busy machine some answers miss Slack's 3 s deadline; Slack then sends the event again, marked as a retry.
    // Nothing may be refused either way.
    expect(answers.filter((answer) => !answer.delivered).map((answer) => answer.attempts.at(-1)?.error ?? answer.status)).toEqual(
      answers.filter((answer) => !answer.delivered).map(() => "http_timeout"),
    );
    // Slack retries a delivery three times: nearly at once, after a minute, after five. Played here as at once, then
    // each later retry once the app has caught up with its backlog; every event must be taken within those tries.
    const late = sent.filter((_, index) => !answers[index]!.delivered);
    const triesTaken: number[] = [];
    for (const body of late) {
      let taken = 0;
      for (let retryNum = 1; retryNum <= 3 && !taken; retryNum++) {
        if (retryNum > 1) await slack.settled();
        const headers = { "X-Slack-Retry-Num": String(retryNum), "X-Slack-Retry-Reason": "http_timeout" };
        const retry = await slack.emulator.driver.sendRaw({ body, contentType: "application/json", headers });
        if (retry.delivered) taken = retryNum;
        else expect(retry.attempts.at(-1)?.error ?? retry.status).toBe("http_timeout");
      }
      triesTaken.push(taken);
    }
    expect(triesTaken.filter((taken) => taken === 0)).toEqual([]);
    await slack.settled();
    const written = await prisma().timelineEvent.findMany({ where: { drillId, kind: "chat.message" }, select: { ref: true } });
    expect(written).toHaveLength(150);
    expect(new Set(written.map((event) => event.ref)).size).toBe(150);
    expect(await prisma().slackInboundEvent.count({ where: { eventId: { startsWith: "EvBURST" }, processedAt: null } })).toBe(0);
  }, 60_000); // 165 requests at once, then the retries: slow on a machine busy with other suites

  it("handles later an event it acknowledged but did not get to (a crash after the ack)", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack, [dana]);
    const envelope = JSON.parse(messageEnvelope(channelId, "EvSTRANDED1", "said just before the crash"));
    expect(await storeInbound("EvSTRANDED1", envelope)).toBe("new");
    expect(await storeInbound("EvSTRANDED1", envelope)).toBe("pending");

    await retryInbox({ graceMs: 0 });
    const mirrored = await prisma().timelineEvent.findMany({ where: { drillId, kind: "chat.message" } });
    expect(mirrored.map((event) => (event.body as { text: string }).text)).toEqual(["said just before the crash"]);
    expect(await storeInbound("EvSTRANDED1", envelope)).toBe("processed");
    await retryInbox({ graceMs: 0 });
    expect(await prisma().timelineEvent.count({ where: { drillId, kind: "chat.message" } })).toBe(1);
  });
});

describe("the outbox", () => {
  it("delivers everything in order after bursts of 429 and 500", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack);
    slack.emulator.faults.rateLimit({ count: 2, retryAfterSeconds: 1, methods: ["chat.postMessage"] });
    slack.emulator.faults.serverError({ count: 3, status: 500, methods: ["chat.postMessage"] });
    for (const alertId of ["alert-1", "alert-2", "alert-3"]) await fireAlert({ ctx, input: { drillId, data: { alertId } } });
    await releaseHint({ ctx, input: { drillId, data: {} } });
    await releaseHint({ ctx, input: { drillId, data: {} } });

    await slack.outboxDrained(drillId, 20_000);
    const posts = slack.emulator.state.calls.filter((call) => call.method === "chat.postMessage" && call.args.channel === channelId);
    expect(posts.filter((call) => call.status === 429)).toHaveLength(2);
    expect(posts.filter((call) => call.status === 500)).toHaveLength(3);
    const delivered = slack.emulator.state.messagesOf(channelId).slice(-5).map((message) => message.text);
    expect(delivered).toHaveLength(5);
    expect(delivered.map((text) => /Hint \d/.exec(text)?.[0] ?? "alert")).toEqual(["alert", "alert", "alert", "Hint 1", "Hint 2"]);
    // Each alert once, in the order fired: nothing lost, nothing doubled.
    const titles = (await prisma().timelineEvent.findMany({ where: { drillId, kind: "alert.fired" }, orderBy: { seq: "asc" } })).map((event) => (event.body as { title: string }).title);
    for (const [index, title] of titles.entries()) expect(delivered[index]).toContain(title);
  });

  it("holds the channel's queue through an outage, shows it pending, and sends it all when Slack is back", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack);
    slack.emulator.faults.down(true);
    await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } });
    await releaseHint({ ctx, input: { drillId, data: {} } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const during = await getChatStatus({ ctx, input: { drillId } });
    expect(during.outbox.pending).toBe(2);
    expect(during.outbox.head).toMatchObject({ lastError: "Slack answered HTTP 503" });
    expect(during.outbox.head!.attempts).toBeGreaterThan(1);

    slack.emulator.faults.down(false);
    await slack.outboxDrained(drillId, 20_000);
    const after = await getChatStatus({ ctx, input: { drillId } });
    expect(after.outbox).toEqual({ pending: 0, head: null, failed: [] });
    expect(slack.emulator.state.messagesOf(channelId).slice(-2).map((message) => /Hint 1/.test(message.text))).toEqual([false, true]);
  });

  it("records ops Slack refuses for good and carries on with the rest", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack);
    slack.emulator.state.channels.get(channelId)!.is_archived = true; // archived by someone in Slack
    await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } });
    await slack.outboxDrained(drillId);
    const status = await getChatStatus({ ctx, input: { drillId } });
    expect(status.outbox.failed).toEqual([expect.objectContaining({ error: "Slack said is_archived" })]);
  });
});

describe("finding the roster in Slack", () => {
  it("waits out a rate limit on users.lookupByEmail instead of calling people not found", async () => {
    const { scenario } = await createTestScenario();
    slack.emulator.faults.rateLimit({ count: 2, retryAfterSeconds: 1, methods: ["users.lookupByEmail"] });
    const roster = [{ name: "Dana Yoon", role: "incident_commander" as const, email: dana.email }];
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster } });
    expect(await prisma().rosterMember.findFirstOrThrow({ where: { drillId } })).toMatchObject({ slackId: dana.id });
    expect(slack.emulator.state.calls.filter((call) => call.method === "users.lookupByEmail" && call.status === 429)).toHaveLength(2);
  });
});

describe("choosing where participants respond", () => {
  it("switches a planned drill between the built-in channel and Slack, looks the roster up, and stops at the start", async () => {
    const { scenario } = await createTestScenario();
    const roster = [{ name: "Dana Yoon", role: "incident_commander" as const, email: dana.email }];
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster, chatProvider: "builtin" } });
    expect(await prisma().rosterMember.findFirstOrThrow({ where: { drillId } })).toMatchObject({ slackId: null });

    await chooseChatProvider({ ctx, input: { drillId, data: { chatProvider: "slack" } } });
    expect(await prisma().drill.findUniqueOrThrow({ where: { id: drillId } })).toMatchObject({ chatProvider: "slack" });
    expect(await prisma().rosterMember.findFirstOrThrow({ where: { drillId } })).toMatchObject({ slackId: dana.id });

    const bad = await rejectionOf(chooseChatProvider({ ctx, input: { drillId, data: { chatProvider: "teams" } as never } }));
    expect((bad as ValidationError).problems).toEqual([{ path: "chatProvider", message: "must be builtin or slack" }]);
    const saved = slackConfig();
    useSlackConfig(null);
    try {
      const unavailable = await rejectionOf(chooseChatProvider({ ctx, input: { drillId, data: { chatProvider: "slack" } } }));
      expect((unavailable as ValidationError).problems[0]).toMatchObject({ path: "chatProvider" });
    } finally {
      useSlackConfig(saved);
    }

    await startDrill({ ctx, input: { drillId } });
    await slack.outboxDrained(drillId);
    const late = await rejectionOf(chooseChatProvider({ ctx, input: { drillId, data: { chatProvider: "builtin" } } }));
    expect(late.message).toMatch(/choose where participants respond/);
    const { channelToken } = await prisma().drill.findUniqueOrThrow({ where: { id: drillId } });
    const webJoin = await rejectionOf(joinChannel({ ctx, input: { token: channelToken, data: { displayName: "Wanderer" } } }));
    expect(webJoin.message).toBe("This drill runs in Slack: respond in its Slack channel.");
  });
});
