import { expect, test, type Page } from "@playwright/test";
import { formatOffset } from "../lib/drill-model/clock";
import type { ChatStatus } from "../lib/drills/get-chat-status";
import type { ReplayView } from "../lib/review/replay/types";
import type { TimelineEventView } from "../lib/timeline/events";
import { startSlackEmulator, type SlackEmulator } from "../tools/slack-emulator";
import { startSeededDrill } from "./support/api";
import { shoot } from "./support/screenshots";
import { startSecondInstance, type Instance } from "./support/second-instance";
import { freePort } from "./support/app-process";

const BOT_TOKEN = "xoxb-e2e-token";
const SIGNING_SECRET = "e2e-signing-secret";
const OLD_TEXT = "checkout pods look fine to me";
const NEW_TEXT = "checkout pods are crash-looping";

let emulator: SlackEmulator;
let app: Instance;

// Edits only come from Slack: an app instance pointed at the local Slack emulator, on the e2e database.
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

// Real time has to pass between the drill's moments, so the replay has somewhere to scrub between them.
const gap = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const playHead = (page: Page) => page.getByTestId("replay-head");
const headT = async (page: Page) => Number(await playHead(page).getAttribute("data-t"));

test("a drill replays at 10×, scrubs to its milestone by button, key and address, with the chat as it was then", async ({ page, browser, playwright, request }) => {
  test.setTimeout(180_000);
  const email = `alice-replay-${Date.now()}@e2e.test`;
  const alice = emulator.driver.addUser({ name: "alice-replay", realName: "Alice Replay", email });
  const api = await playwright.request.newContext({ baseURL: app.baseURL });
  const created = await api.post("/api/drills", { data: { scenarioId: "reference-scenario-1", roster: [{ name: "Alice Replay", role: "incident_commander", email }], chatProvider: "slack" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await api.post(`/api/drills/${id}/start`)).status()).toBe(200);
  // The channel is made and the roster invited through the outbox, after the start has answered.
  const channelOf = async () => ((await (await api.get(`/api/drills/${id}/chat`)).json()) as ChatStatus).channel?.id;
  await expect.poll(channelOf).toBeTruthy();
  const channelId = (await channelOf())!;
  await expect.poll(() => emulator.state.channels.get(channelId)?.members ?? []).toContain(alice.id);
  const timelineHas = async (kind: string) => ((await (await api.get(`/api/drills/${id}/timeline`)).json()) as TimelineEventView[]).some((event) => event.kind === kind);

  const posted = await emulator.driver.post(alice.id, channelId, OLD_TEXT);
  await expect.poll(() => timelineHas("chat.message")).toBe(true);
  await gap(1500);
  expect((await api.post(`/api/drills/${id}/pause`)).status()).toBe(200);
  await gap(1500);
  expect((await api.post(`/api/drills/${id}/resume`)).status()).toBe(200);
  expect((await api.post(`/api/drills/${id}/notes`, { data: { text: "IC has not looked at the payments dashboard yet" } })).status()).toBe(201);
  await gap(1500);
  expect((await api.post(`/api/drills/${id}/milestones`, { data: { milestone: "impact_identified", note: "by the replay test" } })).status()).toBe(201);
  await gap(2500);
  await emulator.driver.edit(alice.id, channelId, posted.ts, NEW_TEXT);
  await expect.poll(() => timelineHas("chat.edited")).toBe(true);
  await gap(2500);
  expect((await api.post(`/api/drills/${id}/end`, { data: { outcome: "mitigated", note: "ended by the replay test" } })).status()).toBe(200);

  const replay = (await (await request.get(`/api/drills/${id}/replay`)).json()) as ReplayView;
  const milestone = replay.milestones.find((item) => item.milestone === "impact_identified")!;
  expect(milestone).toBeTruthy();
  expect(replay.pauses).toHaveLength(1);

  await page.goto(`/drills/${id}/replay?t=0`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(replay.drill.title);
  await expect(page.getByTestId("replay-outcome")).toHaveText("Mitigated");
  await expect(page.getByTestId("replay")).toHaveAttribute("data-ready", "true");
  await expect(page.locator('[data-lane-kind="notes"]')).toHaveCount(1);
  const channel = page.getByRole("list", { name: "Channel at the play head" });
  const control = page.getByRole("list", { name: "Control room at the play head" });

  // 10×: the play head moves about ten times as fast as the wall clock.
  await page.getByRole("button", { name: "10×" }).click();
  await expect(page.getByRole("button", { name: "10×" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Play" }).click();
  // Measured in the page, so a busy test process's round trips do not count as the player's time.
  const rate = await playHead(page).evaluate(async (head) => {
    const read = () => [Number(head.getAttribute("data-t")), performance.now()] as const;
    const [t0, wall0] = read();
    await new Promise((resolve) => setTimeout(resolve, 700));
    const [t1, wall1] = read();
    return (t1 - t0) / (wall1 - wall0);
  });
  expect(rate).toBeGreaterThan(7);
  expect(rate).toBeLessThan(13);
  // Space on the focused Play button pauses once, not twice.
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  const stopped = await headT(page);
  await gap(300);
  expect(await headT(page)).toBe(stopped);

  // The milestone's button: the play head is there, the control room shows the milestone, the channel the first text.
  await page.getByRole("region", { name: "Milestones of the drill" }).getByRole("button", { name: `Impact identified at ${formatOffset(milestone.offsetMs)}` }).click();
  await expect(playHead(page)).toHaveAttribute("data-t", String(Math.round(milestone.t)));
  await expect(control.locator('li[aria-current="true"]')).toHaveAttribute("data-kind", "milestone.recorded");
  await expect(control.locator('li[aria-current="true"]')).toContainText("Impact identified");
  await expect(channel.getByText(OLD_TEXT)).toBeVisible();
  await expect(channel.getByText("crash-looping")).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`[?&]t=${Math.floor(milestone.t / 1000)}(&|$)`));

  // Keyboard: back to the start, then ] to the next milestone; → past the edit: the new text, marked edited.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(playHead(page)).toHaveAttribute("data-t", "0");
  await page.keyboard.press("]");
  await expect(playHead(page)).toHaveAttribute("data-t", String(Math.round(milestone.t)));
  await page.keyboard.press("ArrowRight");
  await expect(channel.getByText("crash-looping")).toBeVisible();
  await expect(channel.getByText("(edited)")).toBeVisible();
  await expect(channel.getByText(OLD_TEXT)).toHaveCount(0);

  // Inside the pause the readout says so.
  const pause = replay.pauses[0]!;
  await page.goto(`/drills/${id}/replay?t=${Math.ceil(pause.from / 1000 + 0.3)}`);
  await expect(page.getByTestId("replay-paused")).toBeVisible();
  await expect(page.getByTestId("scrubber-pause")).toHaveCount(1);

  // ?t= opens at that moment: just after the milestone, before the edit.
  const seconds = Math.ceil(milestone.t / 1000);
  await page.goto(`/drills/${id}/replay?t=${seconds}`);
  await expect(playHead(page)).toHaveAttribute("data-t", String(seconds * 1000));
  await expect(channel.getByText(OLD_TEXT)).toBeVisible();
  await expect(control.locator('li[data-kind="milestone.recorded"]')).toBeVisible();
  // Hostile values open at the start or the end, never an error.
  await page.goto(`/drills/${id}/replay?t=1e308`);
  await expect(playHead(page)).toHaveAttribute("data-t", String(replay.durationMs));
  await page.goto(`/drills/${id}/replay?t=abc`);
  await expect(playHead(page)).toHaveAttribute("data-t", "0");

  await page.goto(`/drills/${id}/replay?t=${seconds}`);
  await expect(page.getByTestId("replay")).toHaveAttribute("data-ready", "true");
  const demo = await demoDrill(request);
  if (demo) {
    await page.goto(`/drills/${demo}/replay`);
    await expect(page.getByTestId("replay")).toHaveAttribute("data-ready", "true");
    await page.getByRole("region", { name: "Milestones of the drill" }).getByRole("button").last().click();
  }
  await shoot(page, "replay");

  // A share link's holder: from the watch page to the same player, read-only, with no notes lane.
  const link = await request.post(`/api/drills/${id}/share-links`, { data: { label: "replay viewers", expiresInHours: 24 } });
  expect(link.status()).toBe(201);
  const { path } = (await link.json()) as { path: string };
  const viewerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewer = await viewerContext.newPage();
  await viewer.goto(path);
  await viewer.getByRole("link", { name: "▶ Replay the drill" }).click();
  await expect(viewer).toHaveURL(new RegExp(`${path}/replay`));
  await expect(viewer.getByTestId("replay")).toHaveAttribute("data-ready", "true");
  await expect(viewer.getByText("Read-only")).toBeVisible();
  await expect(viewer.locator('[data-lane-kind="person"]')).not.toHaveCount(0);
  await expect(viewer.locator('[data-lane-kind="notes"]')).toHaveCount(0);
  await viewer.getByRole("region", { name: "Milestones of the drill" }).getByRole("button").first().click();
  await expect(viewer.getByRole("list", { name: "Channel at the play head" }).getByText(OLD_TEXT)).toBeVisible();
  await shoot(viewer, "replay-watch");
  await Promise.all([viewerContext.close(), api.dispose()]);
});

test("a drill still running has no replay yet, and says why", async ({ page, request }) => {
  const drill = await startSeededDrill(request);
  await page.goto(`/drills/${drill.id}/replay`);
  await expect(page.getByRole("heading", { name: "No replay yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the control room" })).toHaveAttribute("href", `/drills/${drill.id}`);
  await page.goto("/drills/no-such-drill/replay");
  await expect(page.getByRole("heading", { name: "Drill not found" })).toBeVisible();
});

/** A closed demo drill, when the launcher seeded any: its replay makes the more realistic screenshot. */
async function demoDrill(request: import("@playwright/test").APIRequestContext): Promise<string | null> {
  const drills = (await (await request.get("/api/drills")).json()) as { id: string; demo?: boolean; status: string }[];
  return drills.find((drill) => drill.demo && drill.status === "closed")?.id ?? null;
}
