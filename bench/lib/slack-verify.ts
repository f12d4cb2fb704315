// What the Slack ingest benchmark reads back from the database and the app's log: how many of a
// step's messages reached the timeline, once each, and what went wrong on the way.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import type pg from "pg";
import { sleep } from "./harness";
import type { SignedEvent } from "./slack-load";

/** The drill's highest timeline seq: a step's messages are the chat.message rows after it. */
export async function lastSeq(db: pg.Client, drillId: string): Promise<number> {
  const { rows } = await db.query<{ lastSeq: number }>(`SELECT "lastSeq" FROM "Drill" WHERE id = $1`, [drillId]);
  return rows[0]!.lastSeq;
}

async function messagesAfter(db: pg.Client, drillId: string, afterSeq: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "TimelineEvent" WHERE "drillId" = $1 AND seq > $2 AND kind = 'chat.message'`, [drillId, afterSeq]);
  return rows[0]!.n;
}

/**
 * Waits for the work after the acks to finish: until `expected` messages are on the timeline (and
 * a settle period brought no more), or the count stopped growing for `stallMs`, or `timeoutMs`.
 */
export async function waitForDrain(db: pg.Client, drillId: string, afterSeq: number, expected: number, options: { stallMs: number; timeoutMs: number; settleMs: number }) {
  const started = Date.now();
  let count = -1;
  let grewAt = started;
  for (;;) {
    const now = await messagesAfter(db, drillId, afterSeq);
    if (now !== count) [count, grewAt] = [now, Date.now()];
    if (count >= expected) {
      await sleep(options.settleMs);
      return { outcome: "complete" as const, waitedMs: Date.now() - started };
    }
    if (Date.now() - grewAt > options.stallMs) return { outcome: "stalled" as const, waitedMs: Date.now() - started };
    if (Date.now() - started > options.timeoutMs) return { outcome: "timed out" as const, waitedMs: Date.now() - started };
    await sleep(250);
  }
}

export interface StepCheck {
  expected: number;
  found: number;
  lost: number;
  /** Rows beyond the first per Slack ts. */
  duplicated: number;
  /** Rows whose text is not the text that was sent. */
  wrongText: number;
  /** chat.message rows of the step that match no message sent in it. */
  unexpected: number;
  /** Per message: when its (first) row was written, ms since the epoch. */
  writtenAt: Map<string, number>;
}

/** Exactly one chat.message per message sent, found by its ref `slack:<ts>`, with the text that was sent. */
export async function checkStep(db: pg.Client, drillId: string, afterSeq: number, events: SignedEvent[], textOf: (event: SignedEvent) => string): Promise<StepCheck> {
  const { rows } = await db.query<{ ref: string; n: number; atMs: number; texts: string[] }>(
    `SELECT ref, count(*)::int AS n, (extract(epoch FROM min(at)) * 1000)::float8 AS "atMs", array_agg(body->>'text') AS texts
       FROM "TimelineEvent" WHERE "drillId" = $1 AND seq > $2 AND kind = 'chat.message' GROUP BY ref`,
    [drillId, afterSeq],
  );
  const byRef = new Map(rows.map((row) => [row.ref, row]));
  const check: StepCheck = { expected: events.length, found: 0, lost: 0, duplicated: 0, wrongText: 0, unexpected: 0, writtenAt: new Map() };
  for (const event of events) {
    const row = byRef.get(`slack:${event.ts}`);
    byRef.delete(`slack:${event.ts}`);
    if (!row) {
      check.lost += 1;
      continue;
    }
    check.found += 1;
    check.duplicated += row.n - 1;
    check.wrongText += row.texts.filter((text) => text !== textOf(event)).length;
    check.writtenAt.set(event.ts, row.atMs);
  }
  check.unexpected = [...byRef.values()].reduce((sum, row) => sum + row.n, 0);
  return check;
}

/** Error and fatal lines the app logged since `offset` (pino JSON, or Next's plain text), grouped by message. */
export function appErrorsSince(logFile: string, offset: number): { count: number; kinds: Record<string, number>; endOffset: number } {
  const size = statSync(logFile).size;
  const length = Math.max(0, size - offset);
  const buffer = Buffer.alloc(length);
  const fd = openSync(logFile, "r");
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  const kinds: Record<string, number> = {};
  let count = 0;
  for (const line of buffer.toString("utf8").split("\n")) {
    let entry: { level?: number; msg?: string; err?: { message?: string } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      // Next prints uncaught errors as plain text.
      if (!/error/i.test(line)) continue;
      count += 1;
      kinds[line.slice(0, 200)] = (kinds[line.slice(0, 200)] ?? 0) + 1;
      continue;
    }
    if ((entry.level ?? 0) < 50) continue;
    count += 1;
    const kind = `${entry.msg ?? ""}${entry.err?.message ? `: ${entry.err.message.split("\n").find((part) => part.trim()) ?? ""}` : ""}`.slice(0, 200);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return { count, kinds, endOffset: size };
}
