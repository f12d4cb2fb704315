import http from "node:http";
import type { AddressInfo } from "node:net";
import { slackHttpApp } from "../../lib/channel/slack/app";
import { useSlackConfig, type SlackConfig } from "../../lib/chat/slack/config";
import { disconnectPrisma, prisma } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { useDatabaseUrl } from "../../lib/env";
import { slackOutboxWorker } from "../../lib/runtime/slack-outbox";
import { wireSlackSurvey } from "../../lib/runtime/slack-survey";
import { createScratchDatabase, dropScratchDatabases } from "../scratch-database";
import { createDrill } from "../../lib/drills/create";
import { startDrill } from "../../lib/drills/start";
import { createTestScenario, staffCtx } from "../factories";
import { startSlackEmulator, type SlackEmulator } from "../../tools/slack-emulator";

export const BOT_TOKEN = "xoxb-test-token";
export const SIGNING_SECRET = "test-signing-secret";

export interface SlackHarness {
  emulator: SlackEmulator;
  dispatcher: ReturnType<typeof slackOutboxWorker>;
  /** The app's request URL (the receiver behind /api/slack/events, on a local HTTP server). */
  requestUrl: string;
  /** Resolves when every delivery was answered and every listener finished its work after the ack. */
  settled(): Promise<void>;
  /** Resolves when the drill's outbox has nothing pending (or fails after `timeoutMs`). */
  outboxDrained(drillId: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The bot against the local Slack emulator: the real Bolt receiver and listeners behind a local
 * HTTP server (what `/api/slack/events` runs), the real outbox dispatcher, the official Web API client.
 * Each harness has a database of its own: a dispatcher delivers every drill's outbox it finds, and
 * another test file's drills belong to another emulator.
 */
export async function startSlackHarness(overrides: Partial<SlackConfig> = {}): Promise<SlackHarness> {
  const databaseUrl = await createScratchDatabase("slack");
  await migrate(databaseUrl);
  await disconnectPrisma();
  useDatabaseUrl(databaseUrl);
  const emulator = await startSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, retryDelaysMs: [200, 400, 800] });
  useSlackConfig({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: emulator.apiUrl, channelPattern: "drill-{date}-{slug}", archiveOnClose: true, paceMs: 10, ...overrides });

  wireSlackSurvey();
  const work = new Set<Promise<void>>();
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) });
    const { response, pending } = await slackHttpApp().receiver.handle(request);
    if (pending) {
      work.add(pending);
      void pending.finally(() => work.delete(pending));
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const requestUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/slack/events`;
  emulator.setDeliverTo(requestUrl);

  const dispatcher = slackOutboxWorker({ sweepIntervalMs: 250, leaseMs: 10_000, backoffBaseMs: 100 });
  await dispatcher.start();

  const settled = async () => {
    await emulator.driver.idle();
    while (work.size) await Promise.allSettled([...work]);
  };
  return {
    emulator,
    dispatcher,
    requestUrl,
    settled,
    async outboxDrained(drillId, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while ((await prisma().chatOutbox.count({ where: { drillId, status: "pending" } })) > 0) {
        if (Date.now() > deadline) throw new Error(`outbox of ${drillId} still pending after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await settled();
    },
    async close() {
      await dispatcher.stop();
      await settled();
      await emulator.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      useSlackConfig(undefined);
      await disconnectPrisma();
      await dropScratchDatabases();
    },
  };
}

/** A running drill declared in Slack with these people in its channel; resolves once the declaration is delivered. */
export async function declareSlackDrill(slack: SlackHarness, people: { id: string; name: string; email: string }[] = []) {
  const ctx = staffCtx();
  const { scenario } = await createTestScenario();
  const roster = people.map((person, index) => ({ name: person.name, role: index === 0 ? ("incident_commander" as const) : ("active_responder" as const), email: person.email }));
  const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster } });
  await startDrill({ ctx, input: { drillId } });
  await slack.outboxDrained(drillId);
  const notSent = await prisma().chatOutbox.findMany({ where: { drillId, status: { not: "sent" } }, select: { op: true, status: true, lastError: true } });
  if (notSent.length) throw new Error(`declaration not delivered: ${JSON.stringify(notSent)}`);
  const row = await prisma().slackChannel.findUniqueOrThrow({ where: { drillId } });
  const missing = people.filter((person) => !slack.emulator.state.channels.get(row.channelId)?.members.includes(person.id));
  if (missing.length) throw new Error(`not invited: ${missing.map((person) => person.id).join(", ")}; roster ${JSON.stringify(await prisma().rosterMember.findMany({ where: { drillId }, select: { slackId: true } }))}`);
  return { drillId, channelId: row.channelId };
}
