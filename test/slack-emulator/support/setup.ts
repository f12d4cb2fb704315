import { LogLevel, WebClient } from "@slack/web-api";
import { afterEach } from "vitest";
import { type EmulatorOptions, type SlackEmulator, startSlackEmulator } from "../../../tools/slack-emulator/index";
import { type Receiver, startReceiver } from "./receiver";

export const BOT_TOKEN = "xoxb-test-token";
export const SIGNING_SECRET = "test-signing-secret";

export interface Harness {
  emulator: SlackEmulator;
  receiver: Receiver;
  /** Sees every Slack error as thrown: no retries, 429s rejected. */
  slack: WebClient;
  botUserId: string;
}

const open: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** An emulator delivering to a fresh receiver; both are closed after the test. */
export async function startHarness(options: Partial<EmulatorOptions> = {}): Promise<Harness> {
  const receiver = await startReceiver(SIGNING_SECRET);
  const emulator = await startSlackEmulator({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    deliverTo: receiver.url,
    ackTimeoutMs: 500,
    retryDelaysMs: [10, 10, 10],
    ...options,
  });
  open.push(async () => {
    await emulator.close();
    await receiver.close();
  });
  const slack = new WebClient(BOT_TOKEN, {
    slackApiUrl: emulator.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
  });
  return { emulator, receiver, slack, botUserId: emulator.state.botUser.id };
}

/** The Slack error code a WebClient call failed with. */
export async function slackError(call: Promise<unknown>): Promise<{ error: string; data: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const data = (error as { data?: Record<string, unknown> }).data;
    if (data && typeof data.error === "string") return { error: data.error, data };
    throw error;
  }
  throw new Error("expected the call to fail, it succeeded");
}

export function addPeople(emulator: SlackEmulator) {
  const alice = emulator.driver.addUser({ name: "alice", realName: "Alice Kim", email: "alice@example.com" });
  const bob = emulator.driver.addUser({ name: "bob", realName: "Bob Lee", email: "bob@example.com" });
  return { alice, bob };
}
