import { describe, expect, it } from "vitest";
import { prettyFactory } from "pino-pretty";
import { createLogPrettifier, shareableUrls, signInTable } from "./launch-output";

const nic = (address: string, family: "IPv4" | "IPv6", internal = false) => ({ address, family, internal, netmask: "", mac: "", cidr: null }) as never;

describe("the URL the launcher prints", () => {
  it("is DRILLROOM_URL when set", () => {
    expect(shareableUrls({ drillroomUrl: "https://drills.example.com/", port: 3000, interfaces: { eth0: [nic("192.168.1.20", "IPv4")] } })).toEqual([{ url: "https://drills.example.com", note: "DRILLROOM_URL: share this" }]);
  });

  it("is otherwise every LAN address of the machine, then localhost for this machine only", () => {
    const urls = shareableUrls({ port: 3000, interfaces: { lo: [nic("127.0.0.1", "IPv4", true), nic("::1", "IPv6", true)], eth0: [nic("192.168.1.20", "IPv4"), nic("fe80::1", "IPv6")], wg0: [nic("10.8.0.3", "IPv4")] } });
    expect(urls.map((entry) => entry.url)).toEqual(["http://192.168.1.20:3000", "http://10.8.0.3:3000", "http://localhost:3000"]);
  });
});

describe("the demo terminal", () => {
  it("aligns the demo sign-ins in columns", () => {
    const lines = signInTable([{ role: "facilitator", email: "facilitator@demo.drillroom" }, { role: "observer", email: "observer@demo.drillroom" }, { role: "admin", email: "admin@demo.drillroom" }], "pw123");
    expect(lines).toEqual(["facilitator  facilitator@demo.drillroom  pw123", "observer     observer@demo.drillroom     pw123", "admin        admin@demo.drillroom        pw123"]);
    expect(new Set(lines.map((line) => line.indexOf("pw123"))).size).toBe(1);
  });

  it("prints a request's log as one short line", () => {
    const json = JSON.stringify({ level: 30, time: Date.UTC(2026, 0, 1, 12, 3, 4), pid: 1, hostname: "h", service: "drillroom", requestId: "r-1", method: "POST", path: "/api/drills", status: 201, ms: 35, msg: "request" });
    const prettyLogLine = createLogPrettifier(prettyFactory);
    const line = prettyLogLine(json);
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: POST \/api\/drills 201 35 ms$/);
    expect(line).not.toContain("\n");
    expect(prettyLogLine("▲ Next.js 16.4.6")).toBe("▲ Next.js 16.4.6");
    // Not a request: fields inline, and an error keeps its stack below.
    expect(prettyLogLine(JSON.stringify({ level: 50, time: 0, msg: "outbox call failed", drillId: "d1", err: { message: "boom", stack: "Error: boom" } })).split("\n")[0]).toMatch(/ERROR: outbox call failed \{"drillId":"d1"\}$/);
  });
});
