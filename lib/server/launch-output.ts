// What the launcher prints: where to reach the app, the demo sign-ins, and the server's log lines made readable.
import type { NetworkInterfaceInfo } from "node:os";

/**
 * The addresses to give teammates: DRILLROOM_URL when set (it is what cookies and links are bound to), otherwise
 * this machine's LAN addresses (IPv4, not internal) and then localhost for this machine only.
 */
export function shareableUrls(input: { drillroomUrl?: string; port: number; interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> }): { url: string; note: string }[] {
  if (input.drillroomUrl) return [{ url: input.drillroomUrl.replace(/\/$/, ""), note: "DRILLROOM_URL: share this" }];
  const lan = Object.values(input.interfaces)
    .flat()
    .filter((address): address is NetworkInterfaceInfo => Boolean(address && address.family === "IPv4" && !address.internal))
    .map((address) => ({ url: `http://${address.address}:${input.port}`, note: "on this network: share this" }));
  return [...lan, { url: `http://localhost:${input.port}`, note: "this machine only" }];
}

/** The demo's people as aligned columns: role, email, password. */
export function signInTable(people: { role: string; email: string }[], password: string): string[] {
  const roleWidth = Math.max(...people.map((person) => person.role.length));
  const emailWidth = Math.max(...people.map((person) => person.email.length));
  return people.map((person) => `${person.role.padEnd(roleWidth)}  ${person.email.padEnd(emailWidth)}  ${password}`);
}

type Prettify = (line: string) => string;

/**
 * One short line for one JSON log line, through pino-pretty (a request: "[12:03:04] INFO: POST /api/drills 201
 * 35 ms"), other fields inline; a line that is not JSON (Next's own banner) is returned as it was.
 */
export function createLogPrettifier(prettyFactory: (options: Record<string, unknown>) => (input: string | object) => string, colorize = false): Prettify {
  const pretty = prettyFactory({
    colorize,
    singleLine: true,
    translateTime: "HH:MM:ss",
    ignore: "pid,hostname,service,requestId,method,path,status,ms",
    messageFormat: (log: Record<string, unknown>, messageKey: string) => {
      const message = String(log[messageKey] ?? "");
      if (!log.method || !log.path) return message;
      const request = `${String(log.method)} ${String(log.path)}${log.status ? ` ${String(log.status)}` : ""}${typeof log.ms === "number" ? ` ${log.ms} ms` : ""}`;
      return message === "request" ? request : `${message} · ${request}`;
    },
  });
  return (line) => {
    if (!line.startsWith("{")) return line;
    try {
      JSON.parse(line);
    } catch {
      return line;
    }
    return pretty(line).replace(/\n$/, "");
  };
}
