import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PgListener } from "../../lib/db/listener";
import { withClient } from "../scratch-database";

const databaseUrl = inject("databaseUrl");
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A handler that records what it is told, and a way to wait for it. */
function recorder() {
  const payloads: string[] = [];
  const reconnects: number[] = [];
  return {
    payloads,
    reconnects,
    handler: { onNotification: (payload: string) => payloads.push(payload), onReconnect: () => reconnects.push(Date.now()) },
  };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const notify = (channel: string, payload: string) => withClient(databaseUrl, (client) => client.query("SELECT pg_notify($1, $2)", [channel, payload]));
const backendPids = async (applicationName: string) =>
  withClient(databaseUrl, async (client) => (await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [applicationName])).rows.map((row) => row.pid));

/** A TCP hop to Postgres that can drop its connections and refuse new ones, as a network outage would. */
async function flakyProxy() {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  const attempts: number[] = [];
  let refusing = false;
  const server = net.createServer((socket) => {
    attempts.push(Date.now());
    if (refusing) return socket.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const [a, b] of [[socket, upstream], [upstream, socket]] as const) {
      a.pipe(b);
      a.on("error", () => b.destroy());
      a.on("close", () => b.destroy());
    }
    sockets.add(socket).add(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as AddressInfo).port);
  cleanups.push(() => new Promise((resolve) => server.close(resolve)), () => sockets.forEach((socket) => socket.destroy()));
  return {
    url: url.toString(),
    attempts,
    /** Cuts every open connection (the client sees an error) and refuses new ones until `restore`. */
    cut() {
      refusing = true;
      for (const socket of sockets) socket.resetAndDestroy();
      sockets.clear();
    },
    restore: () => void (refusing = false),
  };
}

describe("the Postgres listener", () => {
  it("reconnects after the server terminates its connection, LISTENs again and says so", async () => {
    const applicationName = `listener-terminated-${process.pid}`;
    const listener = new PgListener({ connectionString: () => databaseUrl, applicationName, initialBackoffMs: 50 });
    const a = recorder();
    const b = recorder();
    cleanups.push(await listener.listen("listener_test_a", a.handler), await listener.listen("listener_test_b", b.handler));
    await notify("listener_test_a", "before");
    await until(() => a.payloads.length === 1);

    const [pid] = await backendPids(applicationName);
    const terminatedAt = Date.now();
    await withClient(databaseUrl, (client) => client.query("SELECT pg_terminate_backend($1)", [pid]));
    await until(() => a.reconnects.length === 1 && b.reconnects.length === 1);
    const newPids = await backendPids(applicationName);
    expect(newPids).toHaveLength(1);
    expect(newPids[0]).not.toBe(pid);
    // The first retry waits the initial backoff.
    expect(a.reconnects[0]! - terminatedAt).toBeGreaterThanOrEqual(50);
    console.log(`reconnected ${a.reconnects[0]! - terminatedAt} ms after pg_terminate_backend`);

    await notify("listener_test_a", "after");
    await notify("listener_test_b", "after too");
    await until(() => a.payloads.length === 2 && b.payloads.length === 1);
    expect(a.payloads).toEqual(["before", "after"]);
    expect(b.payloads).toEqual(["after too"]);
  });

  it("backs off, doubling up to its cap, while the database is unreachable, then LISTENs again", async () => {
    const proxy = await flakyProxy();
    const listener = new PgListener({ connectionString: () => proxy.url, applicationName: `listener-outage-${process.pid}`, initialBackoffMs: 50, maxBackoffMs: 400 });
    const a = recorder();
    cleanups.push(await listener.listen("listener_test_c", a.handler));
    expect(proxy.attempts).toHaveLength(1);

    const cutAt = Date.now();
    proxy.cut();
    await until(() => proxy.attempts.length >= 7); // the first connection and six refused attempts
    const gaps = [proxy.attempts[1]! - cutAt, ...proxy.attempts.slice(2).map((at, index) => at - proxy.attempts[index + 1]!)];
    console.log(`reconnect attempts after the cut, ms apart: ${gaps.join(", ")}`);
    // 50, 100, 200, 400, 400, 400: timers fire late (a loaded machine adds up to a few hundred ms), never early;
    // without the cap the last three would be 800, 1600 and 3200.
    const expected = [50, 100, 200, 400, 400, 400];
    gaps.forEach((gap, index) => {
      expect(gap).toBeGreaterThanOrEqual(expected[index]! - 5);
      expect(gap).toBeLessThan(expected[index]! + 350);
    });
    expect(a.reconnects).toHaveLength(0);
    expect(listener.connected()).toBe(false);

    proxy.restore();
    await until(() => a.reconnects.length === 1);
    await notify("listener_test_c", "back");
    await until(() => a.payloads.includes("back"));
    expect(a.payloads).toEqual(["back"]);
  });

  it("closes its connection when the last handler leaves, and opens one again for the next", async () => {
    const applicationName = `listener-idle-${process.pid}`;
    const listener = new PgListener({ connectionString: () => databaseUrl, applicationName });
    const a = recorder();
    const unlisten = await listener.listen("listener_test_d", a.handler);
    expect(await backendPids(applicationName)).toHaveLength(1);
    await unlisten();
    expect(listener.connected()).toBe(false);
    await until(async () => (await backendPids(applicationName)).length === 0);

    cleanups.push(await listener.listen("listener_test_d", a.handler));
    await notify("listener_test_d", "again");
    await until(() => a.payloads.includes("again"));
  });
});
