// The launcher's front: a reverse proxy on PORT in front of Next (on a loopback port). Route handlers have no
// socket, so only this process knows who is really calling: it replaces client-sent forwarding headers with the
// peer's address unless the peer is a trusted proxy. It also compresses what Next (compress: false) does not,
// except event streams, which pass through a chunk at a time.
import http from "node:http";
import net from "node:net";
import type { Duplex } from "node:stream";
import compression from "compression";
import { createProxyServer } from "http-proxy-3";
import { MAX_ANY_BODY_BYTES, MAX_URL_BYTES } from "../http/limits";
import { problemText } from "../http/problem";

export interface FrontOptions {
  /** Where Next listens (loopback). */
  target: { host: string; port: number };
  /** Proxies whose X-Forwarded-* headers are believed: IPs or CIDR ranges. */
  trustedProxies?: readonly string[];
  onError?: (error: Error, url: string | undefined) => void;
}

/** IPv4 peers of a dual-stack socket arrive as ::ffff:a.b.c.d; the audit log and rate limit want a.b.c.d. */
export function plainAddress(address: string | undefined): string {
  if (!address) return "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** A list of IPs and CIDR ranges as a matcher; throws on an entry that is neither. */
export function trustedProxyList(entries: readonly string[]): net.BlockList {
  const list = new net.BlockList();
  for (const entry of entries) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = net.isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (!family || rest.length || (prefix !== undefined && (!/^\d+$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128)))) throw new Error(`not an IP address or CIDR range: ${entry}`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

function isTrusted(list: net.BlockList, address: string): boolean {
  const family = net.isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim();

/**
 * Rewrites the request's forwarding headers in place. From an untrusted peer every client-sent value is
 * replaced (X-Forwarded-For is the peer, proto and host are what this socket saw); a trusted proxy's values
 * are kept and the peer is appended to X-Forwarded-For, as proxies do.
 */
export function setForwardedHeaders(request: http.IncomingMessage, trusted: net.BlockList): void {
  const peer = plainAddress(request.socket.remoteAddress);
  const headers = request.headers;
  const ownProto = (request.socket as { encrypted?: boolean }).encrypted ? "https" : "http";
  if (peer && isTrusted(trusted, peer)) {
    const chain = headers["x-forwarded-for"];
    headers["x-forwarded-for"] = chain ? `${Array.isArray(chain) ? chain.join(", ") : chain}, ${peer}` : peer;
    const proto = firstValue(headers["x-forwarded-proto"]);
    headers["x-forwarded-proto"] = proto === "https" || proto === "http" ? proto : ownProto;
    headers["x-forwarded-host"] = firstValue(headers["x-forwarded-host"]) ?? headers.host;
    return;
  }
  for (const name of ["forwarded", "x-real-ip", "x-forwarded-port", "x-forwarded-host"]) delete headers[name];
  headers["x-forwarded-for"] = peer;
  headers["x-forwarded-proto"] = ownProto;
  if (headers.host) headers["x-forwarded-host"] = headers.host;
}

/** Everything compressible, except live streams: a compressor holds bytes back until it has enough. */
function shouldCompress(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const type = String(response.getHeader("content-type") ?? "");
  if (type.startsWith("text/event-stream")) return false;
  return compression.filter(request as Parameters<typeof compression.filter>[0], response as Parameters<typeof compression.filter>[1]);
}

/** Room for an over-long address to reach the 414 below instead of failing in the header parser. */
const MAX_HEADER_BYTES = 64 * 1024;

function pathDecodes(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0] ?? "");
    return true;
  } catch {
    return false;
  }
}

/** What Next would answer with a plain-text 500, a cut-short body or a reset, answered here with a problem the client can read. */
function refusal(request: http.IncomingMessage): { status: number; code: string; title: string } | null {
  const url = request.url ?? "/";
  if (url.length > MAX_URL_BYTES) return { status: 414, code: "uri_too_long", title: `The address is longer than ${MAX_URL_BYTES} characters.` };
  if (!pathDecodes(url)) return { status: 400, code: "bad_request", title: "The address has a malformed percent-encoding." };
  if (Number(request.headers["content-length"] ?? 0) > MAX_ANY_BODY_BYTES)
    return { status: 413, code: "payload_too_large", title: `The request body is larger than ${MAX_ANY_BODY_BYTES} bytes.` };
  return null;
}

function refuse(response: http.ServerResponse, { status, code, title }: { status: number; code: string; title: string }): void {
  // Connection: close, so an unread body is not taken for the next request.
  const body = problemText(status, code, title);
  response.writeHead(status, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(body), connection: "close" });
  response.end(body);
}

export function createFront(options: FrontOptions): http.Server {
  const trusted = trustedProxyList(options.trustedProxies ?? []);
  const target = { host: options.target.host, port: options.target.port };
  const proxy = createProxyServer({ target, xfwd: false, ws: true });
  const compress = compression({ filter: shouldCompress });

  proxy.on("error", (error, request, response) => {
    options.onError?.(error as Error, (request as http.IncomingMessage | undefined)?.url);
    if (response instanceof http.ServerResponse) {
      if (!response.headersSent) {
        response.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        response.end("drillroom is starting or restarting: try again in a moment.\n");
      } else response.destroy();
    } else (response as Duplex | undefined)?.destroy();
  });

  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response) => {
    const refused = refusal(request);
    if (refused) return refuse(response, refused);
    setForwardedHeaders(request, trusted);
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => proxy.web(request, response));
  });
  server.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    setForwardedHeaders(request, trusted);
    proxy.ws(request, socket, head);
  });
  // A client that resets the connection must not take the process down. One whose request line or headers overflow the parser gets an answer.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "HPE_HEADER_OVERFLOW" && socket.writable) {
      const body = problemText(414, "uri_too_long", "The address or the request headers are too long.");
      socket.end(`HTTP/1.1 414 URI Too Long\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    } else socket.destroy();
  });
  return server;
}
