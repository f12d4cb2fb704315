import { isIP } from "node:net";
import { z } from "zod";

function isAddressOrRange(entry: string): boolean {
  const [address = "", bits, ...rest] = entry.split("/");
  const family = isIP(address);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: the launcher starts the embedded Postgres and sets it for the server. */
  DATABASE_URL: z.string().url("must be a postgres:// URL").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded database keeps its files; relative paths are from the project root. */
  DRILLROOM_DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Live streams are closed after this long and browsers reconnect with Last-Event-ID, as proxies would force anyway. */
  // At most a day: timers overflow past 2^31 ms, and a stream that long would outlive any deploy.
  SSE_MAX_CONNECTION_MS: z.coerce.number().int().min(1000).max(86_400_000).default(5 * 60_000),
  /** The team's time zone (IANA name): reports show wall times in it, not in the server's. */
  DRILLROOM_TIMEZONE: z.string().default("UTC").refine(isTimeZone, "must be an IANA time zone name, e.g. Asia/Seoul or Europe/Berlin"),
  /** Demo data on start: scenarios from the reference story. */
  DRILLROOM_SEED: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
  /** Both set: new drills run in Slack. */
  SLACK_BOT_TOKEN: z.string().min(1).optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  /** Set: receive events over Socket Mode instead of the request URL. */
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", "must be an app-level token (xapp-…)").optional(),
  /** The Web API base; a local emulator in development and tests. */
  SLACK_API_URL: z.string().url("must be a URL ending in /api/").default("https://slack.com/api/"),
  /** Channel names: {date} (YYYY-MM-DD), {slug} (the drill's title), {id} (a short drill id). */
  SLACK_CHANNEL_PATTERN: z.string().min(1).default("drill-{date}-{slug}"),
  /** Archive the drill's channel when the drill is closed (it stays open through the review for the reveal and the hot wash). */
  SLACK_ARCHIVE_ON_CLOSE: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
  /** Slack allows about one message per second per channel; the outbox waits this long between calls to one channel. */
  SLACK_CHANNEL_PACE_MS: z.coerce.number().int().min(0).default(1100),
  /** Where people reach the app; sign-in cookies and the cross-site request check are bound to it. Default http://localhost:PORT. */
  DRILLROOM_URL: z.string().url("must be the app's URL, e.g. https://drills.example.com").optional(),
  /** Reverse proxies in front of the app whose X-Forwarded-For/-Proto/-Host are believed: comma-separated IPs or CIDR ranges. Anyone else's are replaced. */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .refine((entries) => entries.every(isAddressOrRange), "must be comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.5,192.168.0.0/16"),
  /** Signs session cookies. The launcher keeps a random one in the data folder when unset. */
  DRILLROOM_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try `openssl rand -base64 32`)").optional(),
  /** The demo's sign-in password; a fresh random one is printed at every demo start when unset. */
  DRILLROOM_DEMO_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  /** Sign-in attempts allowed per client address per SIGN_IN_WINDOW_SECONDS. */
  SIGN_IN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** All three set: a "Sign in with …" button for an OpenID Connect provider (its issuer URL serves /.well-known/openid-configuration). */
  OIDC_ISSUER: z.string().url("must be the provider's issuer URL").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_PROVIDER_NAME: z.string().min(1).default("single sign-on"),
  /** Whether someone signing in through OIDC for the first time gets an account (as an observer) or must be added by an admin first. */
  OIDC_SIGN_UP: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The validated environment, read once. */
export function env(): Env {
  cached ??= readEnv();
  return cached;
}

/** The launcher learns the embedded database's URL at run time; child processes inherit it. */
export function useDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  cached = undefined;
}

export function appUrl(): string {
  const config = env();
  return (config.DRILLROOM_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}

export function requireDatabaseUrl(): string {
  const { DATABASE_URL } = env();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which start the embedded database.");
  return DATABASE_URL;
}
