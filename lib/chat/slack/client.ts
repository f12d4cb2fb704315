import { LogLevel, WebClient } from "@slack/web-api";
import { requireSlackConfig } from "./config";

let cached: { key: string; client: WebClient } | undefined;

/**
 * The Web API client. It never retries or waits out rate limits by itself: the outbox does that,
 * so a 429 holds one channel's queue instead of a request or a worker.
 */
export function slackClient(): WebClient {
  const { botToken, apiUrl } = requireSlackConfig();
  const key = `${apiUrl}\n${botToken}`;
  if (cached?.key !== key) {
    const client = new WebClient(botToken, {
      slackApiUrl: apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 10_000,
      logLevel: LogLevel.ERROR,
    });
    cached = { key, client };
  }
  return cached.client;
}
