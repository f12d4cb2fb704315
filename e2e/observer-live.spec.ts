import { expect, test } from "@playwright/test";
import { shoot } from "./support/screenshots";
import { joinAndPost, startSeededDrill } from "./support/api";

test("an observer in another browser sees a participant's message within 2 seconds, without reloading", async ({ browser, request }) => {
  const drill = await startSeededDrill(request);
  const observerContext = await browser.newContext();
  const observer = await observerContext.newPage();
  await observer.goto(`/drills/${drill.id}/observe`);
  await expect(observer.getByText("live", { exact: true })).toBeVisible();
  await observer.evaluate(() => ((window as unknown as { marker: string }).marker = "same page"));

  const participantContext = await browser.newContext();
  const participant = await participantContext.newPage();
  await participant.goto(`/channel/${drill.channelToken}`);
  await participant.getByLabel("Your name in this channel").fill("Jun (SRE)");
  await participant.getByRole("button", { name: "Join channel" }).click();
  await participant.getByLabel("Message").fill("Redis client timeouts spiking on api-server");
  await participant.getByRole("button", { name: "Send" }).click();

  await expect(observer.getByRole("list", { name: "Timeline" }).getByText("Redis client timeouts spiking on api-server")).toBeVisible({ timeout: 2_000 });
  expect(await observer.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("same page");

  await observer.getByLabel(/Observer note/).fill("Good call: looked at Redis client metrics first");
  await observer.getByRole("button", { name: "Add note" }).click();
  await expect(observer.getByRole("list", { name: "Timeline" }).getByText("Good call: looked at Redis client metrics first")).toBeVisible();
  // The note is for staff only.
  await expect(participant.getByText("Good call: looked at Redis client metrics first")).toHaveCount(0);
  await shoot(observer, "observer");
  await observerContext.close();
  await participantContext.close();
});

test("a browser whose stream is cut resumes from its last event with no gap and no duplicate", async ({ browser, request }) => {
  const drill = await startSeededDrill(request);
  const context = await browser.newContext();
  const observer = await context.newPage();
  const resumedFrom: string[] = [];
  observer.on("request", async (sent) => {
    if (!sent.url().includes("/stream")) return;
    const lastEventId = (await sent.allHeaders())["last-event-id"];
    if (lastEventId) resumedFrom.push(lastEventId);
  });
  await observer.goto(`/drills/${drill.id}/observe`);
  const timeline = observer.getByRole("list", { name: "Timeline" });
  await expect(observer.getByText("live", { exact: true })).toBeVisible();

  // The server closes streams after 4 s (SSE_MAX_CONNECTION_MS in playwright.config.ts); messages keep
  // arriving across several reconnects, some of them while the browser is between connections.
  const texts = Array.from({ length: 16 }, (_, index) => `message ${index + 1}`);
  for (const text of texts) {
    await joinAndPost(request, drill.channelToken!, `Responder ${text}`, [text]);
    await observer.waitForTimeout(600); // pacing the writer, not waiting for the page
  }
  for (const text of texts) await expect(timeline.getByText(text, { exact: true })).toHaveCount(1);
  expect(resumedFrom.length).toBeGreaterThanOrEqual(2);

  // The staff timeline holds every event: its ids must be exactly 1..n, in order.
  const ids = await timeline.locator("li").evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-seq"))));
  expect(ids).toEqual(Array.from({ length: ids.length }, (_, index) => index + 1));
  expect(ids.length).toBe(2 + texts.length * 2); // created, started, then a join and a message per responder
  await context.close();
});
