// A child process holding N server-sent-event connections to one drill's timeline stream.
// Forked by bench/timeline-fanout.ts and driven over IPC; exits when its parent goes away.
// Kept cheap per frame: one clock read per network chunk, only the `id:` line is parsed, and the
// JSON of one connection in `verifyEvery` is parsed to check that the id matches the event.
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { StringDecoder } from "node:string_decoder";

export type ClientCommand =
  /** `headers` go with every stream's request, e.g. the app's `authorization`. */
  | { type: "connect"; url: string; headers?: Record<string, string>; drillId: string; count: number; backlogThrough: number; capacity: number; verifyEvery: number; timeoutMs: number }
  /** How many streams have `distinct` different event ids by now. */
  | { type: "progress"; distinct: number }
  | { type: "measure"; on: boolean }
  | { type: "collect"; fromId: number; toId: number }
  | { type: "close" };

export type ClientReply =
  | { type: "connected"; ok: number; failed: number; errors: string[]; ms: number }
  | { type: "progress"; complete: number; closedEarly: number }
  | { type: "measuring" }
  | {
      type: "collected";
      /** receipts[client][id - fromId] for the clients that connected: monotonic ms when the frame finished arriving, or null when it never did. */
      receipts: (number | null)[][];
      duplicates: number;
      outOfOrder: number;
      verifyErrors: number;
      closedEarly: number;
      loopDelayMs: { p50: number; p99: number; max: number } | null;
      cpuSeconds: number;
    }
  | { type: "closed" }
  | { type: "error"; message: string };

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

class SseClient {
  readonly receipts: Float64Array;
  distinct = 0;
  duplicates = 0;
  outOfOrder = 0;
  verifyErrors = 0;
  maxId = 0;
  closed = false;
  /** Open with its whole backlog when the connect phase ended: only these count in the results. */
  ready = false;
  private buffer = "";
  private readonly decoder: StringDecoder | undefined;
  request: http.ClientRequest | undefined;

  constructor(
    capacity: number,
    private readonly drillId: string,
    private readonly verify: boolean,
  ) {
    this.receipts = new Float64Array(capacity + 1).fill(NaN);
    // Ids are ASCII: latin1 is the cheapest correct decoding for them; the verifying client decodes UTF-8.
    this.decoder = verify ? new StringDecoder("utf8") : undefined;
  }

  onData(chunk: Buffer): void {
    const at = nowMs();
    this.buffer += this.decoder ? this.decoder.write(chunk) : chunk.toString("latin1");
    let end: number;
    while ((end = this.buffer.indexOf("\n\n")) >= 0) {
      if (this.buffer.startsWith("id: ")) {
        const id = Number(this.buffer.slice(4, this.buffer.indexOf("\n")));
        this.record(id, at, end);
      }
      this.buffer = this.buffer.slice(end + 2);
    }
  }

  private record(id: number, at: number, frameEnd: number): void {
    if (!Number.isInteger(id) || id < 1 || id >= this.receipts.length) {
      this.verifyErrors += 1;
      return;
    }
    if (!Number.isNaN(this.receipts[id]!)) {
      this.duplicates += 1;
      return;
    }
    this.receipts[id] = at;
    this.distinct += 1;
    if (id < this.maxId) this.outOfOrder += 1;
    this.maxId = Math.max(this.maxId, id);
    if (this.verify) {
      const dataAt = this.buffer.indexOf("\ndata: ");
      try {
        const event = JSON.parse(this.buffer.slice(dataAt + 7, frameEnd)) as { id?: unknown; drillId?: unknown };
        if (event.id !== id || event.drillId !== this.drillId) this.verifyErrors += 1;
      } catch {
        this.verifyErrors += 1;
      }
    }
  }
}

let clients: SseClient[] = [];
// A dedicated agent: no pooling limit (each stream holds its socket for the whole run), no keep-alive reuse.
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity, maxTotalSockets: Infinity });
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
let cpuAtMeasureStart = process.cpuUsage();
let cpuSeconds = 0;

function send(reply: ClientReply): void {
  process.send?.(reply);
}

function open(client: SseClient, url: string, headers: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { ...headers, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`HTTP ${response.statusCode}`));
        return;
      }
      response.on("data", (chunk: Buffer) => client.onData(chunk));
      response.on("close", () => (client.closed = true));
      resolve();
    });
    request.on("error", (error) => {
      client.closed = true;
      reject(error);
    });
    client.request = request;
  });
}

async function connect(command: Extract<ClientCommand, { type: "connect" }>): Promise<void> {
  const started = nowMs();
  clients = Array.from({ length: command.count }, (_, index) => new SseClient(command.capacity, command.drillId, index % command.verifyEvery === 0));
  const errors: string[] = [];
  // Batches of 50, so the server's accept queue and database pool see a realistic ramp rather than a SYN flood.
  for (let index = 0; index < clients.length; index += 50) {
    const results = await Promise.allSettled(clients.slice(index, index + 50).map((client) => open(client, command.url, command.headers)));
    for (const result of results) if (result.status === "rejected") errors.push(String(result.reason));
  }
  // Connected means: the whole backlog has arrived on every stream that opened.
  const deadline = Date.now() + command.timeoutMs;
  const caughtUp = () => clients.every((client) => client.closed || client.distinct >= command.backlogThrough);
  while (!caughtUp() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  for (const client of clients) client.ready = !client.closed && client.distinct >= command.backlogThrough;
  const ok = clients.filter((client) => client.ready).length;
  send({ type: "connected", ok, failed: clients.length - ok, errors: [...new Set(errors)].slice(0, 5), ms: Math.round(nowMs() - started) });
}

function collect(fromId: number, toId: number): ClientReply {
  const ready = clients.filter((client) => client.ready);
  const receipts = ready.map((client) => {
    const row: (number | null)[] = [];
    for (let id = fromId; id <= toId; id++) {
      const at = client.receipts[id];
      row.push(at === undefined || Number.isNaN(at) ? null : at);
    }
    return row;
  });
  const sum = (pick: (client: SseClient) => number) => ready.reduce((total, client) => total + pick(client), 0);
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  return {
    type: "collected",
    receipts,
    duplicates: sum((client) => client.duplicates),
    outOfOrder: sum((client) => client.outOfOrder),
    verifyErrors: sum((client) => client.verifyErrors),
    closedEarly: sum((client) => (client.closed ? 1 : 0)),
    loopDelayMs: loopDelay.count > 0 ? { p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) } : null,
    cpuSeconds: Math.round(cpuSeconds * 100) / 100,
  };
}

function closeAll(): void {
  for (const client of clients) {
    client.closed = true;
    client.request?.destroy();
  }
  clients = [];
}

process.on("message", (message: ClientCommand) => {
  const run = async () => {
    switch (message.type) {
      case "connect":
        return connect(message);
      case "progress": {
        const complete = clients.filter((client) => client.ready && client.distinct >= message.distinct).length;
        return send({ type: "progress", complete, closedEarly: clients.filter((client) => client.closed).length });
      }
      case "measure":
        if (message.on) {
          loopDelay.reset();
          loopDelay.enable();
          cpuAtMeasureStart = process.cpuUsage();
        } else {
          loopDelay.disable();
          const used = process.cpuUsage(cpuAtMeasureStart);
          cpuSeconds = (used.user + used.system) / 1e6;
        }
        return send({ type: "measuring" });
      case "collect":
        return send(collect(message.fromId, message.toId));
      case "close":
        closeAll();
        return send({ type: "closed" });
    }
  };
  run().catch((error: unknown) => send({ type: "error", message: (error as Error).stack ?? String(error) }));
});

// The parent is gone (finished, crashed or killed): drop every connection and leave.
process.on("disconnect", () => {
  closeAll();
  process.exit(0);
});
