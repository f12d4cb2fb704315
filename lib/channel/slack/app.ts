import { App, LogLevel, type AppOptions } from "@slack/bolt";
import { logger } from "../../logger";
import { requireSlackConfig, type SlackConfig } from "../../chat/slack/config";
import { registerSlackListeners } from "./listeners";
import { markInboundDone, markInboundFailed, storeInbound } from "./inbound/inbox";
import { NextReceiver, type SlackInbox } from "./next-receiver";

const slackInbox: SlackInbox = { store: storeInbound, done: markInboundDone, failed: markInboundFailed };

let cached: { key: string; app: App; receiver: NextReceiver } | undefined;

function buildApp(config: SlackConfig, transport: Pick<AppOptions, "receiver" | "socketMode" | "appToken">): App {
  const app = new App({
    token: config.botToken,
    ...transport,
    // Verifying the token calls Slack on the first event; a Slack outage must not turn into lost events.
    tokenVerificationEnabled: false,
    ignoreSelf: false,
    clientOptions: { slackApiUrl: config.apiUrl },
    logLevel: LogLevel.ERROR,
  });
  registerSlackListeners(app);
  // Rethrown so processEvent rejects: an event whose handling failed stays in the inbox to be retried.
  app.error(async (error) => {
    logger.error({ err: error }, "Slack listener error");
    throw error;
  });
  return app;
}

/** The Bolt app behind `/api/slack/events`, built once per configuration. */
export function slackHttpApp(): { app: App; receiver: NextReceiver } {
  const config = requireSlackConfig();
  const key = `${config.apiUrl}\n${config.botToken}\n${config.signingSecret}`;
  if (cached?.key !== key) {
    const receiver = new NextReceiver(config.signingSecret, slackInbox);
    cached = { key, app: buildApp(config, { receiver }), receiver };
  }
  return cached;
}

/** Socket Mode (SLACK_APP_TOKEN): the app opens a websocket to Slack instead of receiving requests. */
export async function startSlackSocketMode(): Promise<App | null> {
  const config = requireSlackConfig();
  if (!config.appToken) return null;
  const app = buildApp(config, { socketMode: true, appToken: config.appToken });
  await app.start();
  logger.info("Slack Socket Mode connected");
  return app;
}
