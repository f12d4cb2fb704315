// The transport floor for the fan-out benchmark: a bare node:http SSE server that LISTENs on the
// app's timeline channel and writes each notification, framed once, to every open response.
// No Next.js, no web streams, no per-subscriber work beyond the socket write. Not the app: it has
// no backlog, no resume and no gap filling; it only shows what this machine costs at minimum.
// Forked by bench/timeline-fanout.ts; prints nothing; exits when its parent goes away.
import http from "node:http";
import pg from "pg";
import { TIMELINE_CHANNEL, parseNotification } from "../../lib/timeline/notify";

export type FloorReply = { type: "listening"; url: string } | { type: "error"; message: string };

const databaseUrl = process.argv[2];
if (!databaseUrl) throw new Error("usage: floor-server.ts <database url>");

const streams = new Map<string, Set<http.ServerResponse>>();

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const drillId = url.searchParams.get("drill");
  if (url.pathname !== "/stream" || !drillId) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  response.write("retry: 1000\n\n");
  let set = streams.get(drillId);
  if (!set) streams.set(drillId, (set = new Set()));
  set.add(response);
  response.on("close", () => set.delete(response));
});

async function main() {
  const listener = new pg.Client({ connectionString: databaseUrl });
  listener.on("error", () => process.exit(1)); // the database went away: the run is over
  listener.on("notification", (message) => {
    const notification = parseNotification(message.payload ?? "");
    const set = notification && streams.get(notification.drillId);
    if (!notification?.event || !set) return;
    const frame = Buffer.from(`id: ${notification.seq}\nevent: timeline\ndata: ${JSON.stringify(notification.event)}\n\n`);
    for (const response of set) response.write(frame);
  });
  await listener.connect();
  await listener.query(`LISTEN ${TIMELINE_CHANNEL}`);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  process.send?.({ type: "listening", url: `http://127.0.0.1:${port}` } satisfies FloorReply);
  process.on("disconnect", () => process.exit(0));
}

main().catch((error: unknown) => {
  process.send?.({ type: "error", message: String(error) } satisfies FloorReply);
  process.exit(1);
});
