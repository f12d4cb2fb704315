// Cold-load bench: bytes of JavaScript a browser with an empty cache transfers to open the control room,
// the observer page and the participant channel, as Chromium counts them (encodedDataLength: headers and
// body on the wire, compressed when the server compresses). Starts the real launcher (`scripts/launch.ts
// start`, the same process a team runs) on a throwaway embedded database. See bench/README.md.
//
//   npx next build                      # once, and after app changes
//   npm run bench:cold-load
//   npm run bench:cold-load -- --label before --runs 3
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, request as apiRequest, type Browser, type BrowserContext } from "@playwright/test";
import { REPO_ROOT, assertBuildExists, benchTempDir, freePort, installExitHandlers, onCleanup, runBenchMain, waitFor, sleep } from "./lib/harness";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    label: { type: "string", default: "latest" },
    "dist-dir": { type: "string", default: process.env.NEXT_DIST_DIR ?? ".next" },
    out: { type: "string", default: "bench/results/cold-load.json" },
    "max-seconds": { type: "string", default: "300" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(`Usage: npm run bench:cold-load -- [--runs 3] [--label before|after|…] [--dist-dir .next] [--out bench/results/cold-load.json]
  Each page is opened --runs times, each time in a new browser context (empty cache); figures are the median.
  The JSON file keeps one entry per --label, so a before/after pair can live side by side.`);
  process.exit(0);
}

const PAGES = ["control room", "observer", "channel"] as const;
type PageName = (typeof PAGES)[number];
interface Load {
  scriptBytes: number;
  scriptFiles: number;
  scriptDecodedBytes: number;
  allBytes: number;
}

const password = `bench-${randomBytes(9).toString("base64url")}`;

async function startLauncher(dataDir: string, port: number): Promise<string> {
  const baseURL = `http://127.0.0.1:${port}`;
  // Its own embedded database, whatever this shell points at.
  delete process.env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/launch.ts", "start"], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), DRILLROOM_DATA_DIR: dataDir, DRILLROOM_URL: baseURL, DRILLROOM_DEMO_PASSWORD: password, NEXT_DIST_DIR: args["dist-dir"], LOG_LEVEL: "warn" },
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  onCleanup("stop the launcher", async () => {
    if (exited) return;
    child.kill("SIGTERM"); // the launcher forwards it to Next and stops its database
    await waitFor("the launcher to exit", 20_000, () => (exited ? true : undefined)).catch(() => process.kill(-child.pid!, "SIGKILL"));
  });
  await waitFor("the app's /api/health", 120_000, async () => {
    if (exited) throw new Error("the launcher exited");
    return (await fetch(`${baseURL}/api/health`).then((response) => response.ok).catch(() => false)) || undefined;
  }, 250);
  return baseURL;
}

async function signedInState(baseURL: string, role: "facilitator" | "observer") {
  const context = await apiRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const response = await context.post("/api/auth/sign-in/email", { data: { email: `${role}@demo.drillroom`, password } });
  if (!response.ok()) throw new Error(`sign-in as ${role}: ${response.status()} ${await response.text()}`);
  return context;
}

/** Opens `url` in a fresh context and sums what Chromium's network layer reports for each script. */
async function coldLoad(browser: Browser, storageState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined, url: string): Promise<Load> {
  const context = await browser.newContext({ storageState });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const types = new Map<string, string>();
    const load: Load = { scriptBytes: 0, scriptFiles: 0, scriptDecodedBytes: 0, allBytes: 0 };
    let lastScriptAt = Date.now();
    cdp.on("Network.responseReceived", (event) => types.set(event.requestId, event.type));
    cdp.on("Network.dataReceived", (event) => {
      if (types.get(event.requestId) === "Script") load.scriptDecodedBytes += event.dataLength;
    });
    cdp.on("Network.loadingFinished", (event) => {
      load.allBytes += event.encodedDataLength;
      if (types.get(event.requestId) !== "Script") return;
      load.scriptBytes += event.encodedDataLength;
      load.scriptFiles += 1;
      lastScriptAt = Date.now();
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.goto(url, { waitUntil: "load" });
    // Chunks loaded after hydration (lazy components) count too: wait for a quiet second and a half.
    await waitFor("scripts to stop loading", 30_000, () => (Date.now() - lastScriptAt > 1500 ? true : undefined), 100);
    return load;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function main() {
  installExitHandlers(Number(args["max-seconds"]));
  assertBuildExists(REPO_ROOT, args["dist-dir"]);
  const runs = Math.max(1, Number(args.runs));
  const dir = benchTempDir("cold-load");
  mkdirSync(path.join(dir, "data"), { recursive: true });
  const baseURL = await startLauncher(path.join(dir, "data"), await freePort());

  const facilitator = await signedInState(baseURL, "facilitator");
  const observer = await signedInState(baseURL, "observer");
  const created = await facilitator.post("/api/drills", { data: { scenarioId: "reference-scenario-1", chatProvider: "builtin" } });
  if (created.status() !== 201) throw new Error(`creating a drill: ${created.status()} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const started = await facilitator.post(`/api/drills/${id}/start`);
  if (!started.ok()) throw new Error(`starting the drill: ${started.status()} ${await started.text()}`);
  const drill = (await (await facilitator.get(`/api/drills/${id}`)).json()) as { channelToken: string | null; channelUrl?: string | null };
  const channel = drill.channelUrl ?? `${baseURL}/channel/${drill.channelToken}`;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  onCleanup("close the browser", () => browser.close());
  const targets: Record<PageName, { url: string; state?: Awaited<ReturnType<BrowserContext["storageState"]>> }> = {
    "control room": { url: `${baseURL}/drills/${id}`, state: await facilitator.storageState() },
    observer: { url: `${baseURL}/drills/${id}/observe`, state: await observer.storageState() },
    channel: { url: channel },
  };
  const results = {} as Record<PageName, Load & { runs: Load[] }>;
  for (const name of PAGES) {
    const loads: Load[] = [];
    for (let run = 0; run < runs; run++) loads.push(await coldLoad(browser, targets[name].state, targets[name].url));
    const pick = (key: keyof Load) => median(loads.map((load) => load[key]));
    results[name] = { scriptBytes: pick("scriptBytes"), scriptFiles: pick("scriptFiles"), scriptDecodedBytes: pick("scriptDecodedBytes"), allBytes: pick("allBytes"), runs: loads };
    await sleep(100);
  }

  console.log(`\nCold load (${args.label}), median of ${runs}: JavaScript transferred · files · uncompressed · everything transferred`);
  for (const name of PAGES) {
    const r = results[name];
    console.log(`  ${name.padEnd(13)} ${kb(r.scriptBytes).padStart(8)}  ${String(r.scriptFiles).padStart(3)} files  ${kb(r.scriptDecodedBytes).padStart(8)}  ${kb(r.allBytes).padStart(8)}`);
  }
  const out = path.resolve(REPO_ROOT, args.out);
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
  } catch {
    // first run
  }
  previous[args.label] = { measuredAt: new Date().toISOString(), runs, pages: results };
  writeFileSync(out, `${JSON.stringify(previous, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(REPO_ROOT, out)} under "${args.label}"`);
}

runBenchMain(main);
