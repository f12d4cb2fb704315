// `npm run dev:slack`: the app in development mode against the local Slack emulator, for a demo of the
// Slack bot with no Slack workspace. Open the app, create a drill (it runs in Slack), add
// alice@example.com … dave@example.com to its roster, start it, and act as them in the emulator's UI.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { env } from "../lib/env";

const EMULATOR_PORT = 3999;
const slack = {
  SLACK_BOT_TOKEN: "xoxb-emulator-token",
  SLACK_SIGNING_SECRET: "emulator-signing-secret",
};
const appPort = env().PORT;
const tsx = path.resolve("node_modules/.bin/tsx");

function run(script: string, args: string[], extraEnv: Record<string, string>): ChildProcess {
  return spawn(tsx, [script, ...args], { stdio: "inherit", env: { ...process.env, ...extraEnv } });
}

const emulator = run("tools/slack-emulator/cli.ts", [], {
  ...slack,
  SLACK_EMULATOR_PORT: String(EMULATOR_PORT),
  SLACK_EMULATOR_DELIVER_TO: `http://127.0.0.1:${appPort}/api/slack/events`,
});
const app = run("scripts/launch.ts", ["dev"], {
  ...slack,
  SLACK_API_URL: `http://127.0.0.1:${EMULATOR_PORT}/api/`,
});

const children = [emulator, app];
const stop = (signal: NodeJS.Signals) => children.forEach((child) => child.kill(signal));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children)
  child.on("exit", (code) => {
    stop("SIGTERM");
    process.exitCode = code ?? 0;
  });
