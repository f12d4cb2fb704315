import { expect, test } from "@playwright/test";
import { startSecondInstance, type Instance } from "./support/second-instance";
import { joinAndPost, startSeededDrill } from "./support/api";
import { freePort } from "./support/app-process";

let second: Instance;

test.beforeAll(async () => {
  second = await startSecondInstance(process.env.E2E_DATABASE_URL!, await freePort());
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
  await joinAndPost(request, drill.channelToken!, "Hana", ["message through instance one"]);

  const timeline = observer.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText(alert.title)).toBeVisible({ timeout: 2_000 });
  await expect(timeline.getByText("message through instance one")).toBeVisible({ timeout: 2_000 });
  await context.close();
});

test("with two app instances on one database, each scheduled item fires exactly once", async ({ request }) => {
  const second15 = 1 / 60;
  const alerts = Array.from({ length: 6 }, (_, index) => ({ id: `auto-${index}`, offsetMinutes: (1 + index) * second15, source: "custom", severity: "info", title: `auto ${index}`, body: "" }));
  const definition = {
    title: `Two instances ${Date.now()}`,
    summary: "Both instances run a scheduler.",
    components: ["api"],
    timeBoxMinutes: 30,
    rootCause: "none",
    injections: [{ id: "inj-1", name: "Nothing", action: { kind: "manual", instructions: "none" }, rollback: { kind: "manual", instructions: "none" } }],
    alerts,
    modelAnswer: ["none"],
  };
  const { id: scenarioId } = await (await request.post("/api/scenarios", { data: { definition } })).json();
  const { id: drillId } = await (await request.post(`${second.baseURL}/api/drills`, { data: { scenarioId } })).json();
  expect((await request.post(`/api/drills/${drillId}/start`)).status()).toBe(200);
  const fired = async () =>
    ((await (await request.get(`${second.baseURL}/api/drills/${drillId}/timeline`)).json()) as { kind: string; ref: string }[])
      .filter((event) => event.kind === "alert.fired")
      .map((event) => event.ref)
      .sort();
  await expect.poll(fired, { timeout: 20_000 }).toEqual(alerts.map((alert) => `alert:${alert.id}`).sort());
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // a duplicate would have arrived by now
  expect(await fired()).toHaveLength(alerts.length);
});

