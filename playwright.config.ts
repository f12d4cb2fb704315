import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const pgPort = process.env.E2E_PG_PORT ?? "54410";
// Several runs side by side (one per engineer) each need their own throwaway database folder under .data/.
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
// The embedded database the test server starts; e2e/two-instances.spec.ts points a second server at it.
process.env.E2E_DATABASE_URL ??= process.env.DATABASE_URL ?? `postgresql://drillroom:drillroom@127.0.0.1:${pgPort}/drillroom`;
const baseURL = `http://127.0.0.1:${port}`;
const appLog = path.join(dataDir, "app.log");
// Fresh per run and shared with workers through the environment (they re-read this file). Every app
// the tests start inherits the secret, so a session from one instance is valid on another.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.DRILLROOM_AUTH_SECRET ??= process.env.E2E_AUTH_SECRET;
process.env.DRILLROOM_DEMO_PASSWORD ??= `e2e-${randomBytes(12).toString("base64url")}`;
// Every spec signs in once per role from 127.0.0.1; the limit itself is tested in test/auth.
process.env.SIGN_IN_MAX_ATTEMPTS ??= "50";
// Debian's headless shell (what Playwright's own download runs headless) takes about a third less CPU than the full
// browser in headless mode, which on two cores is a third of the suite's time; the full browser works too.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");
/**
 * Specs that start an app of their own: to stop, kill or cut off (with its own database), on an empty database, or as a
 * second instance. Much of their time is spent waiting for those apps, so they run beside the journeys.
 */
const OWN_APP_SPECS = [/chaos-database\.spec\.ts/, /scheduler-durability\.spec\.ts/, /stop-signal\.spec\.ts/, /accounts\.spec\.ts/, /replay\.spec\.ts/, /two-instances\.spec\.ts/];
export const STORAGE_STATE = { facilitator: ".auth/facilitator.json", observer: ".auth/observer.json", admin: ".auth/admin.json" };

// Browser tests write data: never point them at a shared database.
if (process.env.DATABASE_URL && !/@(localhost|127\.0\.0\.1)[:/]/.test(process.env.DATABASE_URL))
  throw new Error("Refusing to run browser tests against a non-local DATABASE_URL.");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // One worker drives the browser journeys on the shared app (two would fight over the two cores and slow both); a
  // second runs the specs that start apps of their own, which mostly wait for them, beside it.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ...(process.env.CI ? [] : [["html", { open: "never" }] as const]), ["./e2e/support/app-log-reporter.ts", { logFile: appLog, outputDir: "test-results" }]],
  outputDir: "test-results",
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts/ },
    // Specs act as the demo facilitator unless they say otherwise (test.use({ storageState })).
    { name: "chromium", dependencies: ["sign-in"], testIgnore: OWN_APP_SPECS, workers: 1, use: { storageState: STORAGE_STATE.facilitator } },
    // Same dependency as the journeys, so both run in one phase (Playwright runs a phase only after the one before).
    { name: "own-app", dependencies: ["sign-in"], testMatch: OWN_APP_SPECS, workers: 1, use: { storageState: STORAGE_STATE.facilitator } },
  ],
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    // Recording a trace took a third of the suite's time on two cores; E2E_TRACE=retain-on-failure turns it back on.
    trace: (process.env.E2E_TRACE as "retain-on-failure" | "on" | undefined) ?? "off",
    // Nothing pulses or spins (the components animate motion-safe only): a running drill's badge would repaint forever.
    reducedMotion: "reduce",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // A fresh embedded database per run, seeded with the reference scenarios, on the production build.
    // The app's own log goes to a file: a failing test's part of it is named under the failure (e2e/support/app-log-reporter.ts).
    command: `node scripts/reset-data-dir.mjs ${dataDir} && mkdir -p ${path.dirname(appLog)} && : > ${appLog} && exec tsx scripts/launch.ts start >> ${appLog} 2>&1`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DRILLROOM_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: pgPort,
      LOG_LEVEL: "warn",
      // Short-lived streams make every browser test exercise reconnect-and-resume.
      SSE_MAX_CONNECTION_MS: "4000",
      // No DRILLROOM_URL, as a team's first start: e2e/team-network.spec.ts reaches it by the machine's LAN address too.
      DRILLROOM_AUTH_SECRET: process.env.DRILLROOM_AUTH_SECRET,
      DRILLROOM_DEMO_PASSWORD: process.env.DRILLROOM_DEMO_PASSWORD,
      SIGN_IN_MAX_ATTEMPTS: process.env.SIGN_IN_MAX_ATTEMPTS,
      // Loopback plays the TLS-terminating proxy (security-headers.spec.ts sends X-Forwarded-Proto: https from it);
      // the LAN address in team-network.spec.ts stays an untrusted client whose forwarding headers are replaced.
      TRUSTED_PROXIES: "127.0.0.1,::1",
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
