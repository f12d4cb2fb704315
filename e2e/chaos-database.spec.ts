import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { freePort } from "./support/app-process";
import { demoLogin, signIn } from "./support/auth";
import { startSeededDrill } from "./support/api";
import { shoot } from "./support/screenshots";

const SECOND = 1 / 60;
// 12 s in every run; CHAOS_OUTAGE_SECONDS=60 repeats the probe's long outage (README, "Tests").
const OUTAGE_SECONDS = Math.min(600, Math.max(1, Number(process.env.CHAOS_OUTAGE_SECONDS) || 12));
const ALERTS = Array.from({ length: 10 }, (_, index) => ({
  id: `chaos-${index + 1}`,
  offsetMinutes: (2 + index * 2) * SECOND,
  source: "grafana" as const,
  severity: "warning" as const,
  title: `Chaos alert ${index + 1}`,
  body: "",
}));
const scenario = {
  title: "Chaos drill",
  summary: "Alerts every two seconds while the database goes away.",
  components: ["api"],
  timeBoxMinutes: 30,
  rootCause: "none",
  injections: [{ id: "inj-1", name: "Nothing", action: { kind: "manual", instructions: "none" }, rollback: { kind: "manual", instructions: "none" } }],
  alerts: ALERTS,
  hints: [],
  modelAnswer: ["none"],
};

async function firedAlerts(api: APIRequestContext, drillId: string): Promise<string[]> {
  const timeline = (await (await api.get(`/api/drills/${drillId}/timeline`)).json()) as { kind: string; ref: string }[];
  return timeline.filter((event) => event.kind === "alert.fired").map((event) => event.ref);
}

/** Reads a drill's live stream, reconnecting from the last id as EventSource does, and keeps every event id it got. */
function follow(url: string, cookie: string) {
  const ids: number[] = [];
  const abort = new AbortController();
  let connections = 0;
  const run = (async () => {
    while (!abort.signal.aborted) {
      try {
        const response = await fetch(url, { headers: { cookie, ...(ids.length ? { "last-event-id": String(ids.at(-1)) } : {}) }, signal: abort.signal });
        if (response.status !== 200) throw new Error(`stream answered ${response.status}`);
        connections += 1;
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const id = /^id: (\d+)$/m.exec(buffer.slice(0, end));
            if (id) ids.push(Number(id[1]));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch {
        // refused while the database was away, or aborted
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return { ids, connections: () => connections, stop: async () => (abort.abort(), await run) };
}

test("a database that stops and comes back under a running drill: 503s while it is away, recovery after, no event lost or sent twice", async ({ browser }) => {
  test.setTimeout(180_000 + OUTAGE_SECONDS * 1000);
  const root = await mkdtemp(path.join(os.tmpdir(), "drillroom-chaos-"));
  await chmod(root, 0o755);
  const pg = { dataDir: path.join(root, "pg"), port: await freePort(), database: "drillroom" };
  let database: EmbeddedDatabase = await startEmbeddedPostgres(pg);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const app: ChildProcess = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/launch.ts", "start"], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), DRILLROOM_URL: baseURL, LOG_LEVEL: "warn", DRILLROOM_DATA_DIR: path.join(root, "data") },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  app.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  app.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  let api: APIRequestContext | undefined;
  try {
    await expect.poll(() => fetch(`${baseURL}/api/health`).then((response) => response.ok, () => false), { timeout: 90_000, intervals: [500] }).toBe(true);
    api = await playwrightRequest.newContext({ baseURL });
    await signIn(api, baseURL, demoLogin("facilitator"));
    // Alerts every 2 s: their timers fire while the database is away, and each must still fire once, in order.
    const created = await api.post("/api/scenarios", { data: { definition: scenario } });
    expect(created.status()).toBe(201);
    const drill = await startSeededDrill(api, ((await created.json()) as { id: string }).id);
    const cookie = (await api.storageState()).cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
    const stream = follow(`${baseURL}/api/drills/${drill.id}/stream`, cookie);
    const note = (text: string) => api!.post(`/api/drills/${drill.id}/notes`, { data: { text } });
    for (let index = 0; index < 5; index += 1) expect((await note(`before ${index}`)).status()).toBe(201);

    await database.stop();
    const down = Date.now();
    const refused = await note("while the database is away");
    expect(refused.status()).toBe(503);
    expect(refused.headers()["retry-after"]).toBe("5");
    expect(await refused.json()).toMatchObject({ code: "database_unavailable" });
    expect((await api.get(`/api/drills/${drill.id}`)).status()).toBe(503);
    expect((await fetch(`${baseURL}/api/health`)).status).toBe(503);
    const signInPage = await playwrightRequest.newContext({ baseURL });
    const signingIn = await signInPage.post("/api/auth/sign-in/email", { data: demoLogin("observer"), headers: { origin: baseURL } });
    expect(signingIn.status()).toBe(503);
    await signInPage.dispose();
    // Pages say so too, and open by themselves once the database is back: the sign-in page (made on the server) and a
    // signed-in page (its data comes from the API).
    const signedOut = await browser.newContext({ baseURL });
    const signInView = await signedOut.newPage();
    await signInView.goto("/sign-in");
    await expect(signInView.getByRole("alert").filter({ hasText: "The database cannot be reached right now." })).toBeVisible();
    await expect(signInView.getByLabel("Email")).toHaveCount(0);
    await shoot(signInView, "sign-in-database-away");
    const signedIn = await browser.newContext({ baseURL, storageState: await api.storageState() });
    const drillsView = await signedIn.newPage();
    await drillsView.goto("/drills");
    await expect(drillsView.getByText("The database cannot be reached right now.")).toBeVisible();
    await shoot(drillsView, "drills-database-away");
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_SECONDS * 1000 - (Date.now() - down))));

    database = await startEmbeddedPostgres(pg);
    const back = Date.now();
    await expect.poll(async () => (await api!.get(`/api/drills/${drill.id}`)).status(), { timeout: 30_000, intervals: [250] }).toBe(200);
    const recoveredInMs = Date.now() - back;
    await expect(signInView.getByLabel("Email")).toBeVisible({ timeout: 15_000 });
    await expect(drillsView.getByRole("link", { name: "Chaos drill" }).first()).toBeVisible({ timeout: 15_000 });
    await Promise.all([signedOut.close(), signedIn.close()]);
    for (let index = 0; index < 5; index += 1) expect((await note(`after ${index}`)).status()).toBe(201);

    await expect.poll(async () => firedAlerts(api!, drill.id), { timeout: 30_000 }).toEqual(ALERTS.map((alert) => `alert:${alert.id}`));
    const timeline = (await (await api.get(`/api/drills/${drill.id}/timeline`)).json()) as { id: number }[];
    const all = timeline.map((event) => event.id);
    await expect.poll(() => stream.ids.at(-1), { timeout: 20_000 }).toBe(all.at(-1));
    await stream.stop();
    console.log(`chaos: database away ${OUTAGE_SECONDS} s; API answering again ${recoveredInMs} ms after it was back; stream connections ${stream.connections()}`);
    expect(stream.ids).toEqual(all);
    expect(output.join("")).not.toMatch(/unhandledRejection|Unhandled Rejection|uncaughtException/i);
  } finally {
    await api?.dispose();
    try {
      process.kill(-app.pid!, "SIGKILL");
    } catch {
      // already gone
    }
    await database.stop().catch(() => {});
    await rm(root, { recursive: true, force: true });
  }
});
