import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createFront, plainAddress, trustedProxyList } from "./front";

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const listen = async (server: http.Server) => {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
};

const SCRIPT = `export function hello() { return ${JSON.stringify("drillroom ".repeat(2000))}; }\n`;

/** Stands in for Next: echoes the headers it got, serves a script, and an event stream that writes when told to. */
async function startApp() {
  const release: (() => void)[] = [];
  let streamClosed = false;
  const app = http.createServer((request, response) => {
    if (request.url === "/headers") return response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(request.headers));
    if (request.url === "/app.js") return response.writeHead(200, { "content-type": "application/javascript; charset=utf-8" }).end(SCRIPT);
    if (request.url === "/stream") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      response.on("close", () => (streamClosed = true));
      let seq = 0;
      const next = () => {
        seq += 1;
        response.write(`id: ${seq}\ndata: ${JSON.stringify({ seq, text: "x".repeat(40) })}\n\n`);
        release.push(next);
      };
      return next();
    }
    response.writeHead(404).end();
  });
  let upgraded: net.Socket | undefined;
  app.on("upgrade", (request, socket: net.Socket) => {
    upgraded = socket;
    socket.write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
    socket.on("data", (chunk: Buffer) => socket.write(`echo:${chunk.toString()}`));
    socket.on("end", () => socket.end()); // upgraded sockets of node:http are half-open

  });
  const port = await listen(app);
  return { port, sendNext: () => release.shift()?.(), streamClosed: () => streamClosed, upgradedClosed: () => upgraded?.destroyed ?? false };
}

async function startFront(trustedProxies: string[] = []) {
  const app = await startApp();
  const port = await listen(createFront({ target: { host: "127.0.0.1", port: app.port }, trustedProxies }));
  return { app, url: `http://127.0.0.1:${port}`, port };
}

const headersSeen = async (url: string, headers: Record<string, string>) => (await (await fetch(`${url}/headers`, { headers })).json()) as Record<string, string>;

describe("the front's forwarding headers", () => {
  it("replaces a spoofed X-Forwarded-For from an untrusted peer with the peer's address", async () => {
    const { url, port } = await startFront();
    const seen = await headersSeen(url, { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", "x-real-ip": "203.0.113.9" });
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-proto"]).toBe("http");
    expect(seen["x-forwarded-host"]).toBe(`127.0.0.1:${port}`);
    expect(seen["x-real-ip"]).toBeUndefined();
    expect(seen.host).toBe(`127.0.0.1:${port}`);
  });

  it("keeps a trusted proxy's headers and appends the proxy's own address", async () => {
    const { url } = await startFront(["10.0.0.0/8", "127.0.0.1"]);
    const seen = await headersSeen(url, { "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https", "x-forwarded-host": "drills.example.com" });
    expect(seen["x-forwarded-for"]).toBe("198.51.100.7, 127.0.0.1");
    expect(seen["x-forwarded-proto"]).toBe("https");
    expect(seen["x-forwarded-host"]).toBe("drills.example.com");
  });

  it("trusts by CIDR range, and only inside it", async () => {
    expect((await headersSeen((await startFront(["127.0.0.0/8"])).url, { "x-forwarded-for": "198.51.100.7" }))["x-forwarded-for"]).toBe("198.51.100.7, 127.0.0.1");
    expect((await headersSeen((await startFront(["10.0.0.0/8"])).url, { "x-forwarded-for": "198.51.100.7" }))["x-forwarded-for"]).toBe("127.0.0.1");
  });

  it("reads dual-stack IPv4 peers as plain IPv4, and refuses a TRUSTED_PROXIES entry that is no address", () => {
    expect(plainAddress("::ffff:192.168.1.20")).toBe("192.168.1.20");
    expect(plainAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(() => trustedProxyList(["10.0.0.0/33"])).toThrow(/CIDR/);
    expect(() => trustedProxyList(["proxy.internal"])).toThrow(/CIDR/);
    expect(trustedProxyList(["fd00::/8"]).check("fd12::1", "ipv6")).toBe(true);
  });
});

/** A raw request, so nothing decodes or buffers the body for us. */
function get(port: number, path: string, headers: Record<string, string>) {
  return new Promise<http.IncomingMessage>((resolve, reject) => http.get({ host: "127.0.0.1", port, path, headers }, resolve).on("error", reject));
}
const bodyOf = async (response: http.IncomingMessage) => Buffer.concat(await response.toArray());

describe("compression at the front", () => {
  it("compresses scripts with brotli or gzip, as the browser accepts", async () => {
    const { port } = await startFront();
    const br = await get(port, "/app.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.headers["content-encoding"]).toBe("br");
    const brBody = await bodyOf(br);
    expect(brBody.length).toBeLessThan(SCRIPT.length / 10);
    expect(zlib.brotliDecompressSync(brBody).toString()).toBe(SCRIPT);

    const gzip = await get(port, "/app.js", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(await bodyOf(gzip)).toString()).toBe(SCRIPT);

    const plain = await get(port, "/app.js", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect((await bodyOf(plain)).toString()).toBe(SCRIPT);
  });

  it("passes an event stream through one event at a time, uncompressed", async () => {
    const { port, app } = await startFront();
    const response = await get(port, "/stream", { "accept-encoding": "gzip, deflate, br" });
    expect(response.headers["content-encoding"]).toBeUndefined();
    // The app writes the next event only after the previous one arrived: a buffering front stalls here.
    const received: string[] = [];
    for await (const chunk of response) {
      received.push(...(chunk as Buffer).toString().split("\n\n").filter(Boolean));
      if (received.length === 5) break;
      app.sendNext();
    }
    expect(received.map((frame) => frame.split("\n")[0])).toEqual(["id: 1", "id: 2", "id: 3", "id: 4", "id: 5"]);
    response.destroy();
    await expect.poll(app.streamClosed, { timeout: 5000 }).toBe(true);
  });
});

describe("websocket upgrades", () => {
  it("are proxied both ways (next dev's hot reload)", async () => {
    const { port, app } = await startFront();
    const socket = net.connect(port, "127.0.0.1");
    socket.write(`GET /_next/webpack-hmr HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    let text = "";
    socket.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("\r\n\r\n") && !text.includes("echo:")) socket.write("ping");
    });
    await expect.poll(() => text, { timeout: 5000 }).toContain("echo:ping");
    expect(text).toMatch(/^HTTP\/1\.1 101/);
    socket.destroy();
    // The front closes its side too: no socket left behind per reload.
    await expect.poll(app.upgradedClosed, { timeout: 5000 }).toBe(true);
  });
});

/** Sends a request line and headers as written, and reads whatever comes back until the front closes or answers. */
function raw(port: number, head: string) {
  return new Promise<string>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let text = "";
    socket.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (/\r\n\r\n[\s\S]*\}$/.test(text)) socket.destroy();
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve(text));
    socket.write(head);
  });
}
const problemOf = (text: string) => ({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1]), type: /content-type: ([^\r]+)/i.exec(text)?.[1], body: JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4) || "null") });

describe("requests the front answers itself, as problem+json", () => {
  it("a path whose percent-encoding does not decode is a 400", async () => {
    const { port } = await startFront();
    const answer = problemOf(await raw(port, "GET /api/drills/%FF HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    expect(answer).toMatchObject({ status: 400, type: "application/problem+json", body: { status: 400, code: "bad_request" } });
  });

  it("a body larger than any route accepts is a 413 from its Content-Length, before it is read", async () => {
    const { port } = await startFront();
    const answer = problemOf(await raw(port, `POST /api/scenarios/import HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${20 * 1024 * 1024}\r\n\r\n{"content":"`));
    expect(answer).toMatchObject({ status: 413, type: "application/problem+json", body: { status: 413, code: "payload_too_large" } });
  });

  it("an address longer than 8 KiB is a 414; one too long for the header parser is a 414 too, not a reset", async () => {
    const { port } = await startFront();
    const long = problemOf(await raw(port, `GET /api/scenarios?q=${"a".repeat(9000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    expect(long).toMatchObject({ status: 414, type: "application/problem+json", body: { status: 414, code: "uri_too_long" } });
    const huge = problemOf(await raw(port, `GET /api/scenarios?q=${"a".repeat(200_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    expect(huge).toMatchObject({ status: 414, type: "application/problem+json" });
  });
});
