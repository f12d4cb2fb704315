import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALERT_ACK_ACTION } from "../../../lib/chat/slack/blocks/alert";
import { storeInbound } from "../../../lib/channel/slack/inbound/inbox";
import { retryInbox } from "../../../lib/channel/slack/retry-inbox";
import { prisma } from "../../../lib/db/client";
import { createDrill } from "../../../lib/drills/create";
import { fireAlert } from "../../../lib/drills/fire-alert";
import { startDrill } from "../../../lib/drills/start";
import { getTimeline } from "../../../lib/drills/timeline";
import type { TimelineEventView } from "../../../lib/timeline/events";
import { createTestScenario, makeScenarioDefinition, staffCtx } from "../../factories";
import { declareSlackDrill, startSlackHarness, type SlackHarness } from "../../support/slack-harness";

// Payload shapes follow Slack's reference pages for the `message` event and its subtypes
// (message_changed, bot_message) and for member_joined_channel.
const ctx = staffCtx();
let slack: SlackHarness;
let dana: { id: string; name: string; email: string };

beforeAll(async () => {
  slack = await startSlackHarness();
  const user = slack.emulator.driver.addUser({ name: "dana", realName: "Dana Yoon", email: "dana@fidelity.test" });
  dana = { id: user.id, name: "Dana Yoon", email: "dana@fidelity.test" };
});
afterAll(() => slack.close());

/** A Slack ts ("seconds.micros") as the millisecond it names. */
const tsMs = (ts: string) => {
  const [seconds = "0", micros = "0"] = ts.split(".");
  return Number(seconds) * 1000 + Math.floor(Number(micros.padEnd(6, "0")) / 1000);
};

async function timeline(drillId: string): Promise<TimelineEventView[]> {
  return getTimeline({ ctx, input: { drillId, viewer: "staff" } });
}

function envelope(eventId: string, event: Record<string, unknown>) {
  return { token: "XXYYZZ", team_id: "T123ABC456", api_app_id: "A123ABC456", event, type: "event_callback", event_id: eventId, event_time: Math.floor(Date.now() / 1000) };
}

describe("message_changed", () => {
  it("records a person's edit, and not Slack's own change of a message (a link unfurl) that leaves its text alone", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack, [dana]);
    const text = "dashboard: <https://grafana.example/d/checkout>";
    const posted = await slack.emulator.driver.post(dana.id, channelId, text);
    await slack.settled();

    // An unfurl: the message gains attachments; no `edited`, same text.
    const unfurlTs = `${Math.floor(Date.now() / 1000)}.000321`;
    const unfurl = envelope("EvUNFURL0001", {
      type: "message",
      subtype: "message_changed",
      hidden: true,
      channel: channelId,
      ts: unfurlTs,
      event_ts: unfurlTs,
      channel_type: "channel",
      message: { type: "message", user: dana.id, text, ts: posted.ts, attachments: [{ id: 1, from_url: "https://grafana.example/d/checkout", title: "Checkout", service_name: "Grafana" }] },
      previous_message: { type: "message", user: dana.id, text, ts: posted.ts },
    });
    const answer = await slack.emulator.driver.sendRaw({ body: JSON.stringify(unfurl), contentType: "application/json" });
    expect(answer.status).toBe(200);
    await slack.settled();
    expect((await timeline(drillId)).filter((event) => event.kind === "chat.edited")).toEqual([]);
    expect(await prisma().slackInboundEvent.findUniqueOrThrow({ where: { eventId: "EvUNFURL0001" } })).toMatchObject({ attempts: 0, lastError: null, processedAt: expect.any(Date) });

    // A person's edit carries `edited`: recorded, at the time Slack gives it.
    await slack.emulator.driver.edit(dana.id, channelId, posted.ts, "dashboard is red");
    await slack.settled();
    const edits = (await timeline(drillId)).filter((event) => event.kind === "chat.edited");
    expect(edits.map((event) => event.body.text)).toEqual(["dashboard is red"]);
    const editedAt = slack.emulator.state.findMessage(channelId, posted.ts)!.edited!.ts;
    expect(new Date(edits[0]!.at).getTime()).toBe(tsMs(editedAt));
  });
});

describe("a new person arriving", () => {
  it("writes a join and a first message delivered together, and two first messages, promptly and at Slack's times", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack, [dana]);
    await slack.settled();
    const channel = slack.emulator.state.channels.get(channelId)!;
    const newcomers = Array.from({ length: 4 }, (_, index) => slack.emulator.driver.addUser({ name: `new${index}`, realName: `Newcomer ${index}` }));

    const deliveries = await Promise.all(
      newcomers.flatMap((person, index) => {
        if (index % 2 === 0) return [slack.emulator.driver.join(person.id, channelId), slack.emulator.driver.post(person.id, channelId, `hello from ${person.name}`).then((posted) => posted.delivery)];
        channel.members.push(person.id); // in the channel already, never seen by the app
        return [1, 2].map((n) => slack.emulator.driver.post(person.id, channelId, `${n} from ${person.name}`).then((posted) => posted.delivery));
      }),
    );
    expect(deliveries.every((delivery) => delivery.status === 200)).toBe(true);
    await slack.settled();

    const eventIds = deliveries.map((delivery) => delivery.eventId!);
    const inbox = await prisma().slackInboundEvent.findMany({ where: { eventId: { in: eventIds } } });
    expect(inbox.filter((row) => row.processedAt === null || row.attempts > 0 || row.lastError !== null)).toEqual([]);

    const events = await timeline(drillId);
    for (const person of newcomers) {
      const theirs = events.filter((event) => event.actor.name === person.name && (event.kind === "chat.message" || event.kind === "participant.joined"));
      expect(theirs, person.name).toHaveLength(2);
      expect(await prisma().participant.count({ where: { drillId, externalId: person.id } })).toBe(1);
    }
    const sent = slack.emulator.state.messagesOf(channelId).filter((message) => newcomers.some((person) => person.id === message.user));
    for (const message of sent) {
      const mirrored = events.find((event) => event.kind === "chat.message" && event.body.ts === message.ts)!;
      expect(new Date(mirrored.at).getTime(), message.text).toBe(tsMs(message.ts));
    }
  });

  it("keeps Slack's ts as the time of an event handled late from the inbox", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack, [dana]);
    const ts = `${Math.floor(Date.now() / 1000) - 40}.123456`;
    const body = envelope("EvLATE000001", { type: "message", channel: channelId, user: dana.id, text: "said 40 s ago", ts, event_ts: ts, channel_type: "channel" });
    expect(await storeInbound("EvLATE000001", body)).toBe("new");
    await retryInbox({ graceMs: 0 });
    const [mirrored] = (await timeline(drillId)).filter((event) => event.kind === "chat.message");
    expect(mirrored?.body.text).toBe("said 40 s ago");
    expect(new Date(mirrored!.at).getTime()).toBe(tsMs(ts));
  });
});

describe("messages from other integrations", () => {
  it("mirrors them labelled with the bot's name, and skips only the drill bot's own posts", async () => {
    const { drillId, channelId } = await declareSlackDrill(slack, [dana]);
    await slack.settled();
    const before = (await timeline(drillId)).filter((event) => event.kind === "chat.message").length;
    const grafana = slack.emulator.driver.addBot({ name: "Grafana" });
    const webhook = slack.emulator.driver.addBot({ name: "Deploy webhook" });
    const jenkins = slack.emulator.driver.addBot({ name: "Jenkins" });

    const app = await slack.emulator.driver.integrationPost(grafana.id, channelId, "[FIRING:1] CheckoutLatency");
    const named = await slack.emulator.driver.integrationPost(webhook.id, channelId, "deploy 4411 finished", { style: "bot_message", username: "github" });
    const bare = await slack.emulator.driver.integrationPost(jenkins.id, channelId, "build #88 failed", { style: "bot_message" });
    await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } });
    await slack.outboxDrained(drillId);
    await slack.settled();

    const chat = (await timeline(drillId)).filter((event) => event.kind === "chat.message");
    expect(chat).toHaveLength(before + 3);
    const byTs = (ts: string) => chat.find((event) => event.body.ts === ts)!;
    expect(byTs(app.ts)).toMatchObject({ actor: { name: "Grafana" }, body: { text: "[FIRING:1] CheckoutLatency", botId: grafana.id } });
    expect(byTs(named.ts)).toMatchObject({ actor: { name: "github" }, body: { botId: webhook.id } });
    expect(byTs(bare.ts)).toMatchObject({ actor: { name: "Jenkins" }, body: { botId: jenkins.id } });
    expect(new Date(byTs(bare.ts).at).getTime()).toBe(tsMs(bare.ts));
    expect(chat.some((event) => event.body.text.includes("FIRING") && !event.body.botId)).toBe(false);
    expect(await prisma().participant.count({ where: { drillId, externalId: dana.id } })).toBeLessThanOrEqual(1);
  });
});

describe("what the bot answers in Slack", () => {
  it("escapes the alert titles it quotes in 'already acknowledged' and in /drill ack", async () => {
    const hostile = "<!channel> & <script>";
    const definition = makeScenarioDefinition();
    const alerts = definition.alerts!.map((alert) => (alert.id === "alert-3" ? alert : { ...alert, title: `${alert.id} ${hostile}` }));
    const { scenario } = await createTestScenario({ alerts });
    const erin = slack.emulator.driver.addUser({ name: "erin", realName: "Erin Cho", email: "erin@fidelity.test" });
    const roster = [
      { name: "Erin Cho", role: "incident_commander" as const, email: "erin@fidelity.test" },
      { name: "Dana Yoon", role: "active_responder" as const, email: dana.email },
    ];
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster } });
    await startDrill({ ctx, input: { drillId } });
    await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-2" } } });
    await slack.outboxDrained(drillId);
    const { channelId } = await prisma().slackChannel.findUniqueOrThrow({ where: { drillId } });

    // Two people click the page's Acknowledge at once: the second is told who was first, quoting the title.
    const page = slack.emulator.state.messagesOf(channelId).at(-1)!;
    const clicks = await Promise.all([erin.id, dana.id].map((id) => slack.emulator.driver.click(id, channelId, page.ts, ALERT_ACK_ACTION)));
    await slack.settled();
    const answers = await Promise.all(clicks.map((click) => click.awaitResponse(1500).then((response) => response.text ?? "", () => null)));
    const refused = answers.find((text) => text !== null) ?? "";
    expect(refused).toContain("already acknowledged");
    expect(refused).toContain("&lt;!channel&gt; &amp; &lt;script&gt;");
    expect(refused).not.toMatch(/<!channel>|<script>/);

    // /drill ack acknowledges the latest alert nobody acknowledged, and names it.
    await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } });
    await slack.outboxDrained(drillId);
    const ack = await slack.emulator.driver.command(erin.id, channelId, "ack");
    const acked = (await ack.awaitResponse()).text ?? "";
    expect(acked).toContain("alert-1 &lt;!channel&gt; &amp; &lt;script&gt;");
    expect(acked).not.toMatch(/<!channel>|<script>/);
  });
});
