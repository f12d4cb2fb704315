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

/**
 * node-postgres puts the whole client on its errors (connection state, buffers, type tables: tens of KB a line);
 * the error is logged without it, and with pino's usual fields otherwise.
 */
export const logSerializers = {
  err: (error: unknown) => {
    const serialized = pino.stdSerializers.err(error as Error) as unknown;
    if (serialized && typeof serialized === "object" && "client" in serialized) delete (serialized as { client?: unknown }).client;
    return serialized;
  },
};

/** Structured JSON logs. Secrets are redacted wherever they appear as fields; a secret inside a message string is not, so never interpolate one. */
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: "drillroom" },
  redact: logRedaction,
  serializers: logSerializers,
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
