import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDrill } from "../../../lib/drills/create";
import { endDrill } from "../../../lib/drills/end";
import { startDrill } from "../../../lib/drills/start";
import { createTestScenario, marker, staffCtx } from "../../factories";
import { startSlackHarness, type SlackHarness } from "../../support/slack-harness";

const ctx = staffCtx();
let slack: SlackHarness;
let alice: { id: string };

beforeAll(async () => {
  slack = await startSlackHarness();
  alice = slack.emulator.driver.addUser({ name: "alice", realName: "Alice Kim", email: "alice@example.test" });
});
afterAll(() => slack.close());

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Runs a drill in Slack from declaration to end, and answers everything the bot said about it. */
async function runInSlack(drillId: string) {
  await startDrill({ ctx, input: { drillId } });
  await slack.outboxDrained(drillId);
  const created = slack.emulator.state.calls.filter((call) => call.method === "conversations.create").at(-1)!;
  const channel = slack.emulator.state.channelByName(String(created.args.name))!;
  const status = await slack.emulator.driver.command(alice.id, channel.id, "status");
  const statusReply = JSON.stringify((await status.awaitResponse()).body);
  await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated", note: "" } } });
  await slack.outboxDrained(drillId);
  const said = JSON.stringify(slack.emulator.state.calls.filter((call) => call.args.channel === channel.id || call === created));
  return { channel, said: `${said}\n${statusReply}`, statusReply };
}

describe("the drill's public face in Slack", () => {
  it("names the channel, topic, purpose, briefing, status and summary from the public title, never the scenario's", async () => {
    const title = marker("UserSegmentCache Redis black-hole exhausts threads");
    const { scenario } = await createTestScenario({ title, publicTitle: "API errors and login failures" });
    const drillTitle = marker("Staff only: redis drill for the API team");
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, title: drillTitle, roster: [{ name: "Alice Kim", role: "incident_commander", email: "alice@example.test" }] } });
    const { channel, said, statusReply } = await runInSlack(drillId);

    expect(channel.name).toMatch(/^drill-\d{4}-\d{2}-\d{2}-api-errors-and-login-failures$/);
    expect(channel.topic.value).toContain("API errors and login failures");
    expect(channel.purpose.value).toContain("API errors and login failures");
    expect(statusReply).toContain("API errors and login failures");
    expect(said).toContain("API errors and login failures");
    for (const secret of [title, slug(title), drillTitle, slug(drillTitle), "UserSegmentCache", "usersegmentcache"]) expect(said, secret).not.toContain(secret);
  });

  it("uses the neutral default when the scenario names no public title", async () => {
    const title = marker("Orders DB failover breaks checkout");
    const { scenario } = await createTestScenario({ title });
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster: [{ name: "Alice Kim", role: "incident_commander", email: "alice@example.test" }] } });
    const { channel, said } = await runInSlack(drillId);
    expect(channel.name).toMatch(/^drill-\d{4}-\d{2}-\d{2}-incident-drill$/);
    for (const secret of [title, slug(title), "failover"]) expect(said, secret).not.toContain(secret);
  });
});
