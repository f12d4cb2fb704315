import { env } from "../../env";

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  apiUrl: string;
  /** Socket Mode instead of the request URL. */
  appToken?: string;
  channelPattern: string;
  /** Archive the channel at the drill's close. */
  archiveOnClose: boolean;
  /** The least time between two calls to one channel. */
  paceMs: number;
}

let override: SlackConfig | null | undefined;

/** Slack's settings, or null when the bot token and signing secret are not both set (drills use the built-in channel). */
export function slackConfig(): SlackConfig | null {
  if (override !== undefined) return override;
  const settings = env();
  if (!settings.SLACK_BOT_TOKEN || !settings.SLACK_SIGNING_SECRET) return null;
  return {
    botToken: settings.SLACK_BOT_TOKEN,
    signingSecret: settings.SLACK_SIGNING_SECRET,
    apiUrl: settings.SLACK_API_URL,
    appToken: settings.SLACK_APP_TOKEN,
    channelPattern: settings.SLACK_CHANNEL_PATTERN,
    archiveOnClose: settings.SLACK_ARCHIVE_ON_CLOSE,
    paceMs: settings.SLACK_CHANNEL_PACE_MS,
  };
}

/** Tests and tools that start their own Slack emulator point the bot at it (null: Slack off; undefined: back to the environment). */
export function useSlackConfig(config: SlackConfig | null | undefined): void {
  override = config;
}

export function requireSlackConfig(): SlackConfig {
  const config = slackConfig();
  if (!config) throw new Error("Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.");
  return config;
}
