import http from "node:http";
import type { AddressInfo } from "node:net";
import { verifySlackRequest } from "@slack/bolt";

/** One request the emulator delivered, with Bolt's verdict on its signature. */
export interface Received {
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  verified: boolean;
  verifyError?: string;
  /** JSON body (events) or the parsed `payload` field (interactivity). */
  json?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- any Slack payload, read path by path in assertions
  /** Form fields (slash commands and interactivity). */
  form?: URLSearchParams;
  at: number;
}

export interface Reply {
  status?: number;
  body?: string | Record<string, unknown>;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface Receiver {
  url: string;
  requests: Received[];
  /** Decides each answer; a bad signature is answered 401 before this runs, as Bolt does. */
  reply: (request: Received) => Reply;
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

function header(headers: http.IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** A stand-in for the app's request URL that checks signatures with Bolt's own verifier. */
export async function startReceiver(signingSecret: string): Promise<Receiver> {
  const receiver: Receiver = {
    url: "",
    requests: [],
    reply: () => ({ status: 200 }),
    async waitFor(count, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      while (receiver.requests.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} requests, got ${receiver.requests.length}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return receiver.requests;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const request: Received = { headers: req.headers, rawBody, verified: false, at: Date.now() };
      try {
        verifySlackRequest({
          signingSecret,
          body: rawBody,
          headers: {
            "x-slack-signature": header(req.headers, "x-slack-signature"),
            "x-slack-request-timestamp": Number(header(req.headers, "x-slack-request-timestamp")),
          },
        });
        request.verified = true;
      } catch (error) {
        request.verifyError = error instanceof Error ? error.message : String(error);
      }
      if (header(req.headers, "content-type").includes("application/json")) request.json = JSON.parse(rawBody);
      else {
        request.form = new URLSearchParams(rawBody);
        const payload = request.form.get("payload");
        if (payload) request.json = JSON.parse(payload);
      }
      receiver.requests.push(request);

      const reply: Reply = request.verified ? receiver.reply(request) : { status: 401, body: "invalid signature" };
      const send = () => {
        if (res.destroyed) return;
        const body = typeof reply.body === "object" ? JSON.stringify(reply.body) : (reply.body ?? "");
        const type = typeof reply.body === "object" ? "application/json" : "text/plain";
        res.writeHead(reply.status ?? 200, { "Content-Type": type, ...reply.headers });
        res.end(body);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/slack/events`;
  return receiver;
}
