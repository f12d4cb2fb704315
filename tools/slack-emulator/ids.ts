import { randomBytes, randomUUID } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** Slack-looking ids: a type letter ("C", "U", "B", "T", "A", "Ev") and uppercase alphanumerics. */
export function slackId(prefix: string, length = 10): string {
  const bytes = randomBytes(length);
  let id = prefix;
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export function triggerId(): string {
  return `${Date.now()}.${Math.floor(Math.random() * 1e10)}.${randomBytes(16).toString("hex")}`;
}

export function clientMessageId(): string {
  return randomUUID();
}

/**
 * Message timestamps: "seconds.micros", strictly increasing across the workspace even when many
 * are taken within one microsecond, since apps use ts as a message's identity.
 */
export class TsClock {
  private lastMicros = 0;

  next(): string {
    const micros = Math.max(Date.now() * 1000, this.lastMicros + 1);
    this.lastMicros = micros;
    const seconds = Math.floor(micros / 1e6);
    const fraction = String(micros % 1e6).padStart(6, "0");
    return `${seconds}.${fraction}`;
  }
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Orders "seconds.micros" strings without going through floats, which would drop the micros. */
export function compareTs(a: string, b: string): number {
  const left = sortableTs(a);
  const right = sortableTs(b);
  return left === right ? 0 : left < right ? -1 : 1;
}

function sortableTs(ts: string): string {
  const [seconds = "", fraction = ""] = ts.split(".");
  return `${seconds.padStart(12, "0")}.${fraction.padEnd(6, "0")}`;
}
