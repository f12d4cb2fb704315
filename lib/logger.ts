import pino from "pino";
import { env } from "./env";

/** Structured JSON logs. Connection strings, tokens and secrets are redacted wherever they appear as fields. */
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: "drillroom" },
  redact: {
    paths: ["databaseUrl", "*.databaseUrl", "password", "*.password", "token", "*.token", "secret", "*.secret", "headers.authorization", "headers.cookie", "req.headers.authorization", "req.headers.cookie"],
    censor: "[redacted]",
  },
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
