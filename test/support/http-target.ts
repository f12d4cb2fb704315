import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** How the target answers a request; `hang` never answers (for timeouts). */
export type Reply = { status?: number; body?: string; delayMs?: number } | "hang";

/**
 * A local HTTP service on 127.0.0.1 and a random port, standing in for what injection steps call
 * (Toxiproxy, a feature-flag API, ...). Answers 200 `{"accepted":true}` unless `reply` says otherwise.
 */
export async function startHttpTarget(reply: (request: ReceivedRequest) => Reply = () => ({})) {
  const received: ReceivedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      const entry = { method: request.method ?? "", path: request.url ?? "", headers: request.headers, body, at: Date.now() };
      received.push(entry);
      const answer = reply(entry);
      if (answer === "hang") {
        hanging.add(response);
        return;
      }
      const send = () => {
        response.writeHead(answer.status ?? 200, { "content-type": "application/json" });
        response.end(answer.body ?? JSON.stringify({ accepted: true, path: request.url }));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type HttpTarget = Awaited<ReturnType<typeof startHttpTarget>>;

/** A port nothing listens on: bind, note the port, close. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
