import { expect, test, type APIRequestContext } from "@playwright/test";
import { type AppProcess, createDatabase, freePort, startAppProcess } from "./support/app-process";
import { firstAdminSession } from "./support/auth";

const SECOND = 1 / 60;
const ALERTS = Array.from({ length: 8 }, (_, index) => ({
  id: `alert-${index + 1}`,
  offsetMinutes: (2 + index * 2) * SECOND,
  source: "grafana" as const,
  severity: "warning" as const,
  title: `Scripted alert ${index + 1}`,
  body: "",
}));

const scenario = {
  title: "Durability drill",
  summary: "Alerts every two seconds.",
  components: ["api"],
  timeBoxMinutes: 30,
  rootCause: "none",
  injections: [{ id: "inj-1", name: "Nothing", action: { kind: "manual", instructions: "none" }, rollback: { kind: "manual", instructions: "none" } }],
  alerts: ALERTS,
  hints: [{ id: "hint-1", text: "An automatic hint", offsetMinutes: 9 * SECOND, release: "at_offset" }],
  modelAnswer: ["none"],
};

async function firedRefs(request: APIRequestContext, baseURL: string, drillId: string): Promise<{ ref: string; offsetMs: number }[]> {
  const timeline = (await (await request.get(`${baseURL}/api/drills/${drillId}/timeline`)).json()) as { kind: string; ref: string; offsetMs: number }[];
  return timeline.filter((event) => event.kind === "alert.fired" || event.kind === "hint.released").map(({ ref, offsetMs }) => ({ ref, offsetMs }));
}

test("every scheduled item fires exactly once, in the script's order, when the app is SIGKILLed mid-drill and restarted", async () => {
  test.setTimeout(120_000);
  const databaseUrl = await createDatabase(process.env.E2E_DATABASE_URL!, "drillroom_durability");
  const port = await freePort();
  let app: AppProcess = await startAppProcess(databaseUrl, port);
  // A fresh database has no accounts: this app's first admin runs the drill.
  const request = await firstAdminSession(app.baseURL);
  try {
    const created = await request.post(`${app.baseURL}/api/scenarios`, { data: { definition: scenario } });
    expect(created.status()).toBe(201);
    const { id: scenarioId } = await created.json();
    const { id: drillId } = await (await request.post(`${app.baseURL}/api/drills`, { data: { scenarioId } })).json();
    expect((await request.post(`${app.baseURL}/api/drills/${drillId}/start`)).status()).toBe(200);

    await expect.poll(async () => (await firedRefs(request, app.baseURL, drillId)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    app.kill();
    await new Promise((resolve) => setTimeout(resolve, 6_000)); // items come due while nothing runs
    app = await startAppProcess(databaseUrl, port);

    const expected = [...ALERTS.map((alert) => `alert:${alert.id}`), "hint:hint-1"].sort();
    await expect.poll(async () => (await firedRefs(request, app.baseURL, drillId)).map((event) => event.ref).sort(), { timeout: 40_000 }).toEqual(expected);
    const fired = await firedRefs(request, app.baseURL, drillId);
    // In the script's order too: what came due while nothing ran fires earliest first.
    const byDueTime = [...ALERTS.map((alert) => ({ ref: `alert:${alert.id}`, at: alert.offsetMinutes })), { ref: "hint:hint-1", at: 9 * SECOND }].sort((a, b) => a.at - b.at);
    expect(fired.map((event) => event.ref)).toEqual(byDueTime.map((item) => item.ref));
    for (const alert of ALERTS) {
      const event = fired.find((candidate) => candidate.ref === `alert:${alert.id}`)!;
      expect(event.offsetMs).toBeGreaterThanOrEqual(alert.offsetMinutes * 60_000 - 25);
    }
  } finally {
    await request.dispose();
    await app.stop();
  }
});
