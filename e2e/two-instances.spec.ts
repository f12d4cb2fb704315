import { expect, test } from "@playwright/test";
import { startSecondInstance, type Instance } from "./support/second-instance";
import { joinAndPost, startSeededDrill } from "./support/api";

let second: Instance;

test.beforeAll(async () => {
  second = await startSecondInstance(process.env.E2E_DATABASE_URL!, Number(process.env.E2E_SECOND_PORT ?? 3211));
});
test.afterAll(async () => second?.stop());

test("an observer on a second app instance sees what happens through the first", async ({ browser, request }) => {
  const drill = await startSeededDrill(request);
  const context = await browser.newContext({ baseURL: second.baseURL });
  const observer = await context.newPage();
  await observer.goto(`/drills/${drill.id}/observe`);
  await expect(observer.getByText("live", { exact: true })).toBeVisible();

  const alert = drill.script.alerts[0]!;
  expect((await request.post(`/api/drills/${drill.id}/alerts`, { data: { alertId: alert.id } })).status()).toBe(201);
  await joinAndPost(request, drill.channelToken, "Hana", ["message through instance one"]);

  const timeline = observer.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText(alert.title)).toBeVisible({ timeout: 2_000 });
  await expect(timeline.getByText("message through instance one")).toBeVisible({ timeout: 2_000 });
  await context.close();
});
