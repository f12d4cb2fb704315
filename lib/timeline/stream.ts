import { prisma } from "../db/client";
import { env } from "../env";
import { queryInt32 } from "../input/numbers";
import { parseOrThrow } from "../validation";
import { asSeenBy, visibleTo, type TimelineEventView, type Viewer } from "./events";
import { timelineHub } from "./hub";
import { readTimeline } from "./read";

const HEARTBEAT_MS = 15_000;
/** Events read per query while catching up; a backlog of any length is read batch after batch to its end. */
const CATCH_UP_BATCH = 1000;
const encoder = new TextEncoder();

/** Every stream open in this process, by how to end it: a shutdown ends them so the process can exit. */
const openStreams = new Set<() => void>();

/**
 * Ends every open stream (at shutdown), so browsers reconnect at once (their `retry` is 1 s), to another instance or
 * this one restarted, and resume from their Last-Event-ID; nothing is lost. Returns how many were ended.
 */
export function endAllStreams(): number {
  const ending = [...openStreams];
  for (const end of ending) end();
  return ending.length;
}

// The hub hands every stream of a drill the same event object: encode its frame once and share the bytes.
const frames = new WeakMap<TimelineEventView, Uint8Array>();

function frame(event: TimelineEventView): Uint8Array {
  let bytes = frames.get(event);
  if (!bytes) frames.set(event, (bytes = encoder.encode(`id: ${event.id}\nevent: timeline\ndata: ${JSON.stringify(event)}\n\n`)));
  return bytes;
}

/**
 * A server-sent event stream of one drill's timeline, resuming after `after`.
 * Subscribes before reading the backlog and tracks the last sequence number seen, so nothing is
 * skipped between backlog and live events and nothing is sent twice; a gap (missed notification)
 * is filled from the database.
 */
export function timelineEventStream(input: { drillId: string; viewer: Viewer; after: number; signal: AbortSignal }): ReadableStream<Uint8Array> {
  let last = input.after;
  let chain = Promise.resolve();
  let unsubscribe: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let lifetime: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let end: (() => void) | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const emit = (events: TimelineEventView[]) => {
        for (const event of events) {
          if (event.id <= last) continue;
          last = event.id;
          if (visibleTo(input.viewer, event) && !closed) controller.enqueue(frame(asSeenBy(input.viewer, event)));
        }
      };
      const catchUp = async () => {
        for (;;) {
          const batch = await readTimeline(prisma(), { drillId: input.drillId, viewer: "staff", after: last, limit: CATCH_UP_BATCH });
          emit(batch);
          if (batch.length < CATCH_UP_BATCH || closed) return;
        }
      };
      let queued = 0;
      const serially = (task: () => Promise<void> | void) => {
        queued += 1;
        chain = chain
          .then(task)
          .catch(() => close())
          .then(() => void (queued -= 1));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        openStreams.delete(close);
        unsubscribe?.();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };

      input.signal.addEventListener("abort", close);
      end = close;
      openStreams.add(close);
      controller.enqueue(encoder.encode("retry: 1000\n\n"));
      heartbeat = setInterval(() => !closed && controller.enqueue(encoder.encode(": ping\n\n")), HEARTBEAT_MS);
      lifetime = setTimeout(close, env().SSE_MAX_CONNECTION_MS);
      serially(async () => {
        unsubscribe = await timelineHub().subscribe(input.drillId, {
          onEvent: (event) => {
            // The usual case, the next event with nothing queued: send it now, without a promise per stream.
            if (queued === 0 && event.id === last + 1) {
              try {
                emit([event]);
              } catch {
                close();
              }
              return;
            }
            serially(() => (event.id === last + 1 ? emit([event]) : event.id > last ? catchUp() : undefined));
          },
          onResync: () => serially(catchUp),
        });
        if (closed) unsubscribe();
        await catchUp();
      });
    },
    cancel() {
      closed = true;
      if (end) openStreams.delete(end);
      unsubscribe?.();
      clearInterval(heartbeat);
      clearTimeout(lifetime);
    },
  });
}

const lastEventId = queryInt32({ error: "must be an event id" });

/**
 * Where a stream resumes: the browser's `Last-Event-ID` when it reconnects, else `?after=`. An id no event
 * can have is a 422, not a stream that would close at once and have the browser reconnect in a loop.
 */
export function lastEventIdFrom(request: Request, queryAfter: number | undefined): number {
  const raw = request.headers.get("last-event-id");
  if (raw === null || raw.trim() === "") return queryAfter ?? 0;
  const header = parseOrThrow(lastEventId, raw, ["Last-Event-ID"]);
  return header > 0 ? header : (queryAfter ?? 0);
}

export function sseResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
