import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { joinChannel } from "../../lib/channel/join-channel";
import { linkHolder } from "../../lib/identity/link-holder";
import { prisma } from "../../lib/db/client";
import { pgListener } from "../../lib/db/listener";
import { addNote } from "../../lib/drills/add-note";
import { fireAlert } from "../../lib/drills/fire-alert";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { releaseHint } from "../../lib/drills/release-hint";
import { appendEvent } from "../../lib/timeline/append";
import type { TimelineEventView, Viewer } from "../../lib/timeline/events";
import { TIMELINE_CHANNEL, parseNotification, type TimelineNotification } from "../../lib/timeline/notify";
import { endAllStreams, timelineEventStream } from "../../lib/timeline/stream";
import { createRunningDrill, staffCtx } from "../factories";

const ctx = staffCtx();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface SseFrame {
  id: number;
  event: string;
  data: TimelineEventView;
}

/** Opens a timeline stream and reads whole SSE frames from it, the way EventSource would. */
function openStream(drillId: string, viewer: Viewer, after = 0) {
  const abort = new AbortController();
  const reader = timelineEventStream({ drillId, viewer, after, signal: abort.signal }).getReader();
  cleanups.push(() => abort.abort());
  const decoder = new TextDecoder();
  let buffer = "";
  const frames: SseFrame[] = [];

  async function nextFrame(): Promise<SseFrame> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split("\n").filter((line) => !line.startsWith(":")).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trimStart()]));
        if (fields.data === undefined) continue; // retry: and comment frames
        return { id: Number(fields.id), event: fields.event ?? "message", data: JSON.parse(fields.data) as TimelineEventView };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error(`stream closed after frames ${frames.map((frame) => frame.id).join(",")}`);
      buffer += decoder.decode(value, { stream: true });
    }
  }

  /** Reads frames until one with `id` arrives; everything read so far is in `frames`. */
  async function readUntil(id: number): Promise<SseFrame[]> {
    while (frames.at(-1)?.id !== id) {
      const frame = await nextFrame();
      frames.push(frame);
      if (frame.id > id) throw new Error(`read past ${id}: got ${frames.map((f) => f.id).join(",")}`);
    }
    return frames;
  }
  return { frames, readUntil };
}

const note = (drillId: string, text: string) => addNote({ ctx, input: { drillId, data: { text } } });

describe("timeline event stream", () => {
  it("sends the backlog, then live events, in order and once each", async () => {
    const { drillId } = await createRunningDrill(); // events 1, 2
    await note(drillId, "backlog");
    const stream = openStream(drillId, "staff");
    // Events appended while the stream subscribes and reads its backlog must neither vanish nor repeat.
    const racing = await Promise.all(Array.from({ length: 8 }, (_, index) => note(drillId, `racing ${index}`)));
    const lastRacing = Math.max(...racing.map((event) => event.id));
    await stream.readUntil(lastRacing);
    const live = await note(drillId, "live");
    const frames = await stream.readUntil(live.id);

    expect(frames.map((frame) => frame.id)).toEqual(Array.from({ length: live.id }, (_, index) => index + 1));
    expect(frames.every((frame) => frame.event === "timeline" && frame.data.id === frame.id && frame.data.drillId === drillId)).toBe(true);
    expect(frames.at(-1)?.data).toEqual(live);
  });

  it("sends the events appended while its LISTEN connection was down, once it is back", async () => {
    const { drillId } = await createRunningDrill(); // events 1, 2
    const stream = openStream(drillId, "staff");
    await stream.readUntil(2);
    const pid = pgListener().backendPid();
    expect(pid).toBeDefined();
    await prisma().$executeRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await expect.poll(() => pgListener().connected()).toBe(false);
    const missed = await note(drillId, "while the connection was down"); // its NOTIFY reaches nobody here
    const frames = await stream.readUntil(missed.id);
    expect(frames.map((frame) => frame.id)).toEqual([1, 2, 3]);
    expect(pgListener().backendPid()).not.toBe(pid);
  });

  it("resumes after a given sequence number with exactly the later events", async () => {
    const { drillId } = await createRunningDrill();
    for (const text of ["three", "four", "five"]) await note(drillId, text);
    const stream = openStream(drillId, "staff", 3);
    await stream.readUntil(5);
    const six = await note(drillId, "six");
    const frames = await stream.readUntil(6);
    expect(frames.map((frame) => frame.id)).toEqual([4, 5, 6]);
    expect(frames.map((frame) => (frame.data.body as { text: string }).text)).toEqual(["four", "five", "six"]);
    expect(frames.at(-1)?.data).toEqual(six);
  });

  it("catches up on a backlog longer than one read, to its end, then goes live", async () => {
    const { drillId } = await createRunningDrill(); // events 1, 2
    const backlog = 2_501;
    // Written in one statement: the backlog is what is being tested, not how it was made.
    await prisma().$executeRaw`
      INSERT INTO "TimelineEvent" ("drillId", "seq", "kind", "audience", "actorType", "actorName", "body")
      SELECT ${drillId}, 2 + n, 'note.added', 'staff', 'facilitator', 'Facilitator Fay', jsonb_build_object('text', 'backlog ' || n)
      FROM generate_series(1, ${backlog}::int) AS n`;
    await prisma().drill.update({ where: { id: drillId }, data: { lastSeq: 2 + backlog } });
    const stream = openStream(drillId, "staff");
    await stream.readUntil(2 + backlog);
    const live = await note(drillId, "live after the backlog");
    const frames = await stream.readUntil(live.id);
    expect(frames.map((frame) => frame.id)).toEqual(Array.from({ length: live.id }, (_, index) => index + 1));
  });

  it("ends every open stream at shutdown, after the events it owed", async () => {
    const { drillId } = await createRunningDrill(); // events 1, 2
    const first = openStream(drillId, "staff");
    const second = openStream(drillId, "participant");
    await first.readUntil(2);
    await second.readUntil(2); // 1, drill.created, is for staff
    expect(endAllStreams()).toBeGreaterThanOrEqual(2);
    await expect(first.readUntil(99)).rejects.toThrow(/stream closed after frames 1,2$/);
    await expect(second.readUntil(99)).rejects.toThrow(/stream closed after frames 2$/);
    expect(endAllStreams()).toBe(0);
  });

  it("leaves staff events out of a participant's stream", async () => {
    const { drillId, channelToken } = await createRunningDrill();
    const stream = openStream(drillId, "participant");
    await note(drillId, "staff only");
    await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } });
    await recordMilestone({ ctx, input: { drillId, data: { milestone: "acknowledged" } } });
    await joinChannel({ ctx: { actor: linkHolder }, input: { token: channelToken, data: { displayName: "Rae" } } });
    await note(drillId, "another staff note");
    const hint = await releaseHint({ ctx, input: { drillId, data: {} } });
    const frames = await stream.readUntil(hint.id);
    expect(frames.map((frame) => frame.data.kind)).toEqual(["drill.started", "alert.fired", "participant.joined", "hint.released"]);
    expect(frames.every((frame) => frame.data.audience === "everyone")).toBe(true);
  });
});

describe("LISTEN/NOTIFY across connections", () => {
  /** A plain connection LISTENing like another app instance would; `until` waits for a matching notification. */
  async function listener() {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    const received: TimelineNotification[] = [];
    const waiters: (() => void)[] = [];
    client.on("notification", (message) => {
      const parsed = parseNotification(message.payload ?? "");
      if (parsed) received.push(parsed);
      waiters.splice(0).forEach((wake) => wake());
    });
    await client.connect();
    await client.query(`LISTEN ${TIMELINE_CHANNEL}`);
    cleanups.push(() => client.end());
    const until = async (match: (n: TimelineNotification) => boolean) => {
      while (!received.some(match)) await new Promise<void>((wake) => waiters.push(wake));
    };
    return { received, until };
  }

  /** A committed notification from yet another connection: once it arrives, anything committed before it has too. */
  async function sentinel(name: string) {
    const payload = JSON.stringify({ drillId: name, seq: 0 });
    await prisma().$executeRaw`SELECT pg_notify(${TIMELINE_CHANNEL}, ${payload})`;
    return (n: TimelineNotification) => n.drillId === name;
  }

  it("delivers an appended event to another connection only after commit", async () => {
    const { drillId } = await createRunningDrill();
    const listening = await listener();
    const forDrill = () => listening.received.filter((n) => n.drillId === drillId);

    let commit!: () => void;
    let appended!: () => void;
    const inside = new Promise<void>((resolve) => (appended = resolve));
    const transaction = prisma().$transaction(async (tx) => {
      const event = await appendEvent(tx, { ...ctx, tx }, drillId, { kind: "note.added", body: { text: "in flight" } });
      appended();
      await new Promise<void>((resolve) => (commit = resolve));
      return event;
    });
    await inside;
    await listening.until(await sentinel(`${drillId}-before-commit`));
    expect(forDrill()).toEqual([]);

    commit();
    const event = await transaction;
    await listening.until((n) => n.drillId === drillId);
    expect(forDrill()).toEqual([{ drillId, seq: event.id, event }]);
  });

  it("never delivers an event whose transaction rolled back", async () => {
    const { drillId } = await createRunningDrill();
    const listening = await listener();
    const rolledBack = prisma().$transaction(async (tx) => {
      await appendEvent(tx, { ...ctx, tx }, drillId, { kind: "note.added", body: { text: "never happened" } });
      throw new Error("roll back");
    });
    await expect(rolledBack).rejects.toThrow("roll back");
    await listening.until(await sentinel(`${drillId}-after-rollback`));
    expect(listening.received.filter((n) => n.drillId === drillId)).toEqual([]);
    expect(await prisma().timelineEvent.count({ where: { drillId, kind: "note.added" } })).toBe(0);

    const committed = await note(drillId, "this one counts");
    await listening.until((n) => n.drillId === drillId);
    expect(listening.received.filter((n) => n.drillId === drillId).map((n) => n.seq)).toEqual([committed.id]);
  });
});
