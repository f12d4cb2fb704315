import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { logRedaction, logSerializers } from "./logger";

/** A pino logger with the app's redaction, writing into memory. */
function memoryLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: "trace", redact: logRedaction, serializers: logSerializers }, stream), output: () => lines.join("") };
}

// Every value a test logs contains this marker, so one search proves that none reached the output.
const secret = (name: string) => `SECRET-${name}-${Math.random().toString(36).slice(2)}`;

describe("log redaction", () => {
  it("hides passwords, tokens and secrets as top-level fields and inside nested objects and arrays", () => {
    const { log, output } = memoryLogger();
    const fields = ["password", "newPassword", "currentPassword", "token", "secret", "apiToken", "signingSecret", "clientSecret", "sessionToken", "databaseUrl"];
    const values = (label: string) => Object.fromEntries(fields.map((field) => [field, secret(`${label}-${field}`)]));

    log.info({ drillId: "drill-1", ...values("top") }, "top level");
    log.warn({ input: values("nested") }, "one level down");
    log.error({ body: { user: values("deep") } }, "two levels down");
    log.info({ users: [values("array")] }, "in an array");

    expect(output()).not.toContain("SECRET-");
    expect(output()).toContain('"drillId":"drill-1"');
    expect(output()).toContain('"newPassword":"[redacted]"');
  });

  it("hides authorization, cookie and set-cookie headers of requests, responses and errors", () => {
    const { log, output } = memoryLogger();

    log.info({ headers: { authorization: `Bearer ${secret("bare")}`, cookie: secret("bare-cookie"), accept: "application/json" } }, "headers");
    log.info({ req: { method: "POST", headers: { authorization: `Bearer ${secret("req")}`, cookie: `session=${secret("req-cookie")}` } } }, "request");
    log.info({ res: { statusCode: 200, headers: { "set-cookie": [`session=${secret("res-cookie")}; HttpOnly`] } } }, "response");
    log.info({ response: { headers: { "Set-Cookie": secret("res-cookie-caps") } } }, "response, capitalised");
    const failure = Object.assign(new Error("request failed"), { config: { headers: { Authorization: `Bearer ${secret("err")}`, Cookie: secret("err-cookie") } } });
    log.error({ err: failure }, "client error");

    expect(output()).not.toContain("SECRET-");
    expect(output()).toContain('"accept":"application/json"');
    expect(output()).toContain('"statusCode":200');
    expect(output()).toContain("request failed");
  });

  it("hides secrets bound to a child logger", () => {
    const { log, output } = memoryLogger();
    log.child({ component: "slack", signingSecret: secret("child") }).info({ apiToken: secret("child-field") }, "bound");

    expect(output()).not.toContain("SECRET-");
    expect(output()).toContain('"component":"slack"');
  });
});

describe("logged errors", () => {
  it("leave out the database client node-postgres hangs on its errors, and keep the message and code", async () => {
    const { log, output } = memoryLogger();
    const client = new pg.Client({ connectionString: "postgresql://drillroom:drillroom@127.0.0.1:1/drillroom" });
    const refused = await client.connect().then(
      () => expect.unreachable("nothing listens on port 1"),
      (error: unknown) => error as Error,
    );
    const error = Object.assign(new Error("terminating connection due to unexpected postmaster exit"), { code: "57P01", client });
    log.error({ err: error }, "pg-boss error");
    log.error({ err: refused }, "refused");
    log.warn({ err: "a plain string" }, "string");
    const [first, second, third] = output().trim().split("\n").map((line) => JSON.parse(line) as { err: Record<string, unknown> | string });
    expect(first!.err).toMatchObject({ type: "Error", message: "terminating connection due to unexpected postmaster exit", code: "57P01" });
    expect(first!.err).not.toHaveProperty("client");
    expect(second!.err).toMatchObject({ code: "ECONNREFUSED" });
    expect(third!.err).toBe("a plain string");
    expect(output()).not.toContain("connectionParameters");
  });
});
