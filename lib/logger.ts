import pino from "pino";
import { env } from "./env";

/** Fields whose values are secrets wherever they appear: passwords, session and API tokens, signing and client secrets. */
const SECRET_FIELDS = ["password", "newPassword", "currentPassword", "token", "apiToken", "sessionToken", "accessToken", "refreshToken", "idToken", "botToken", "appToken", "secret", "signingSecret", "clientSecret", "databaseUrl"];
/** Request and response headers that carry credentials; HTTP clients spell them either way. */
const SECRET_HEADERS = ["authorization", "Authorization", "cookie", "Cookie", "set-cookie", "Set-Cookie"].map((name) => `headers["${name}"]`);
/** pino has no recursive wildcard: each path is listed at the top level and two objects down (err.config.headers.cookie); a third level doubled the cost of a log line. */
const DEPTHS = ["", "*.", "*.*."];

/** pino's `redact` option, exported so a test can log through exactly this configuration. */
export const logRedaction = {
  paths: DEPTHS.flatMap((prefix) => [...SECRET_FIELDS, ...SECRET_HEADERS].map((path) => prefix + path)),
  censor: "[redacted]",
};

/** Structured JSON logs. Secrets are redacted wherever they appear as fields; a secret inside a message string is not, so never interpolate one. */
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: "drillroom" },
  redact: logRedaction,
});

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "[unparseable url]";
  }
}
