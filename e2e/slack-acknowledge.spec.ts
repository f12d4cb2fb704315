import { expect, test } from "@playwright/test";
import type { ChatStatus } from "../lib/drills/get-chat-status";
import type { DrillView } from "../lib/drills/view";
import { startSlackEmulator, type SlackEmulator } from "../tools/slack-emulator";
import { shoot } from "./support/screenshots";
import { startSecondInstance, type Instance } from "./support/second-instance";
import { freePort } from "./support/app-process";

const BOT_TOKEN = "xoxb-e2e-token";
const SIGNING_SECRET = "e2e-signing-secret";
const ACK_ACTION = "drill_alert_ack";

let emulator: SlackEmulator;
let app: Instance;

// An app instance with Slack configured, pointed at the local Slack emulator, on the e2e database.
test.beforeAll(async () => {
  emulator = await startSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
  app = await startSecondInstance(process.env.E2E_DATABASE_URL!, await freePort(), {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.apiUrl,
    SLACK_CHANNEL_PACE_MS: "0",
  });
  emulator.setDeliverTo(`${app.baseURL}/api/slack/events`);
});
test.afterAll(async () => {
  await app?.stop();
  await emulator?.close();
});

test("a facilitator fires a page, a responder acknowledges it in Slack, the control room and the observer see it", async ({ browser, playwright }) => {
  const alice = emulator.driver.addUser({ name: "alice", realName: "Alice Kim", email: "alice@e2e.test" });
  const bob = emulator.driver.addUser({ name: "bob", realName: "Bob Lee", email: "bob@e2e.test" });
  const api = await playwright.request.newContext({ baseURL: app.baseURL });
  const roster = [
    { name: "Alice Kim", role: "incident_commander", email: "alice@e2e.test" },
    { name: "Bob Lee", role: "active_responder", email: "bob@e2e.test" },
  ];
  const created = await api.post("/api/drills", { data: { scenarioId: "reference-scenario-1", roster, chatProvider: "slack" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const drill = (await (await api.get(`/api/drills/${id}`)).json()) as DrillView;
  const page = drill.script.alerts.find((alert) => alert.source === "pagerduty")!;

  const facilitatorContext = await browser.newContext({ baseURL: app.baseURL });
  const observerContext = await browser.newContext({ baseURL: app.baseURL });
  const facilitator = await facilitatorContext.newPage();
  await facilitator.goto(`/drills/${id}`);
  await expect(facilitator.getByRole("radio", { name: "Slack" })).toHaveAttribute("aria-checked", "true");
  await shoot(facilitator, "slack-control-room-planned");
  await facilitator.getByRole("button", { name: "Start drill" }).click();
  const chat = facilitator.getByTestId("chat-status");
  await expect(chat.getByText(/^#drill-/)).toBeVisible();
  await expect(facilitator.getByText("delivered", { exact: true })).toBeVisible();
  const channelId = ((await (await api.get(`/api/drills/${id}/chat`)).json()) as ChatStatus).channel!.id;
  expect(emulator.state.channels.get(channelId)!.members).toEqual(expect.arrayContaining([alice.id, bob.id]));

  const observer = await observerContext.newPage();
  await observer.goto(`/drills/${id}/observe`);
  await expect(observer.getByText("live", { exact: true })).toBeVisible();

  // The facilitator fires the page from the dashboard; it lands in Slack with an Acknowledge button.
  await facilitator.getByRole("button", { name: `Fire alert: ${page.title}` }).click();
  await expect.poll(() => emulator.state.messagesOf(channelId).find((message) => JSON.stringify(message.blocks ?? []).includes(ACK_ACTION))?.ts).toBeTruthy();
  const paged = emulator.state.messagesOf(channelId).find((message) => JSON.stringify(message.blocks ?? []).includes(ACK_ACTION))!;

  // People talk in Slack, and Bob presses Acknowledge.
  await emulator.driver.post(alice.id, channelId, `<@${bob.id}> can you take the *page*? see <https://grafana.example.test/d/api|the dashboard>`);
  const click = await emulator.driver.click(bob.id, channelId, paged.ts, ACK_ACTION);
  expect(click.status).toBe(200);

  const milestone = facilitator.locator('li[data-milestone="acknowledged"]');
  await expect(milestone.getByText("✓ Acknowledged")).toBeVisible();
  const timeline = facilitator.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText(`Acknowledged: ${page.title}`)).toBeVisible();
  await expect(timeline.getByRole("link", { name: "the dashboard" })).toHaveAttribute("href", "https://grafana.example.test/d/api");
  await expect(timeline.getByText("@Bob Lee")).toBeVisible();

  const watched = observer.getByRole("list", { name: "Timeline" });
  const ackRow = watched.locator('li[data-kind="alert.acknowledged"]');
  await expect(ackRow).toContainText(`Acknowledged: ${page.title}`);
  await expect(ackRow).toContainText("Bob Lee");

  // Slack shows who acknowledged, in place of the button.
  await expect.poll(() => JSON.stringify(emulator.state.findMessage(channelId, paged.ts)!.blocks)).toContain("Acknowledged by *Bob Lee*");
  await expect(facilitator.getByText("delivered", { exact: true })).toBeVisible();

  await shoot(facilitator, "slack-control-room-acknowledged");
  await shoot(observer, "slack-observer-acknowledged");
  const slackView = await (await browser.newContext()).newPage();
  await slackView.goto(`${emulator.url}/?channel=${channelId}`);
  await expect(slackView.getByText("Acknowledged by").first()).toBeVisible();
  await shoot(slackView, "slack-emulator-channel");
  await Promise.all([facilitatorContext.close(), observerContext.close(), slackView.context().close(), api.dispose()]);
});
