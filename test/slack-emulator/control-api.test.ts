import { describe, expect, it } from "vitest";
import { startHarness } from "./support/setup";

function control(baseUrl: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/_emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  return { get: (path: string) => call("GET", path), post: (path: string, body: unknown) => call("POST", path, body), del: (path: string) => call("DELETE", path) };
}

describe("control API", () => {
  it("adds users, acts as them and shows the state", async () => {
    const { emulator, receiver } = await startHarness();
    const api = control(emulator.url);
    const alice = (await api.post("users", { name: "alice", realName: "Alice Kim", email: "alice@example.com" })).body.user;
    expect(alice.id).toMatch(/^U[A-Z0-9]+$/);
    const channel = (await api.post("channels", { name: "ops", creatorId: alice.id })).body.channel;

    const posted = await api.post("act/post", { userId: alice.id, channelId: channel.id, text: "hello" });
    expect(posted.status).toBe(200);
    expect(posted.body.result).toMatchObject({ ts: expect.any(String), delivery: { delivered: true } });
    expect(receiver.requests.at(-1)?.json.event).toMatchObject({ type: "message", text: "hello", user: alice.id });

    const react = await api.post("act/react", { userId: alice.id, channelId: channel.id, ts: posted.body.result.ts, name: "tada" });
    expect(react.body.result).toMatchObject({ delivered: true });

    const state = (await api.get(`state?channel=${channel.id}`)).body;
    expect(state.channels).toEqual([expect.objectContaining({ id: channel.id, members: [alice.id] })]);
    expect(state.messages[channel.id]).toEqual([expect.objectContaining({ text: "hello", reactions: [{ name: "tada", users: [alice.id], count: 1 }] })]);
    expect(state.users.map((user: { id: string }) => user.id)).toEqual([alice.id]);
  });

  it("answers 400 with a clear message on bad input", async () => {
    const { emulator } = await startHarness();
    const api = control(emulator.url);
    const missing = await api.post("act/post", { userId: "U1" });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/channelId/);
    expect(missing.body.message).toMatch(/text/);
    expect((await api.post("users", { name: "x", email: "not-an-email" })).body.message).toMatch(/email/);
    expect((await api.post("faults", { kind: "rateLimit", count: 0, retryAfterSeconds: 1 })).status).toBe(400);
    expect((await api.post("deliver-to", { url: "ftp://nope" })).status).toBe(400);
    const notMember = await api.post("act/post", { userId: "UNOBODY", channelId: "CNOPE", text: "hi" });
    expect(notMember.status).toBe(404);
    expect(notMember.body.error).toMatch(/unknown user/);
    expect((await api.post("act/fly", {})).status).toBe(404);
  });

  it("sets and clears faults", async () => {
    const { emulator, slack } = await startHarness();
    const api = control(emulator.url);
    expect((await api.post("faults", { kind: "down", on: true })).status).toBe(200);
    await expect(slack.auth.test()).rejects.toMatchObject({ statusCode: 503 });
    await api.del("faults");
    await api.post("faults", { kind: "serverError", count: 1, status: 503, methods: ["auth.test"] });
    expect((await api.get("state")).body.faults.failures).toHaveLength(1);
    await expect(slack.auth.test()).rejects.toMatchObject({ statusCode: 503 });
    await expect(slack.auth.test()).resolves.toMatchObject({ ok: true });
  });

  it("changes where deliveries go and waits for response_url posts", async () => {
    const { emulator, receiver } = await startHarness({ deliverTo: undefined });
    const api = control(emulator.url);
    expect((await api.get("state")).body.deliverTo).toBeNull();
    await api.post("deliver-to", { url: receiver.url });
    expect(emulator.deliverTo()).toBe(receiver.url);

    const alice = emulator.driver.addUser({ name: "alice" });
    const channel = emulator.driver.createChannel({ name: "cmd", creatorId: alice.id });
    receiver.reply = (request) => {
      setTimeout(() => void fetch(request.form!.get("response_url")!, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: "pong" }) }), 20);
      return { status: 200 };
    };
    const command = await api.post("act/command", { userId: alice.id, channelId: channel.id, text: "ping", command: "/drill" });
    expect(command.body.result).toMatchObject({ delivered: true, responseId: expect.any(String) });
    const response = await api.post("await-response", { id: command.body.result.responseId, timeoutMs: 2000 });
    expect(response.body.response).toMatchObject({ text: "pong", response_type: "ephemeral" });
    expect((await api.post("idle", {})).status).toBe(200);
  });
});

describe("HTML UI", () => {
  it("escapes hostile text from people and the app", async () => {
    const { emulator, slack } = await startHarness();
    const mallory = emulator.driver.addUser({ name: "mallory", realName: '<img src=x onerror="alert(1)">' });
    const { channel } = await slack.conversations.create({ name: "ui" });
    await slack.conversations.invite({ channel: channel!.id!, users: mallory.id });
    await emulator.driver.post(mallory.id, channel!.id!, "<script>alert('owned')</script>");
    await slack.chat.postMessage({
      channel: channel!.id!,
      text: "x",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "</div><b>bold</b>" } },
        { type: "actions", elements: [{ type: "button", action_id: '"><svg onload=alert(2)>', text: { type: "plain_text", text: "Ack <now>" } }] },
      ],
    });

    const html = await (await fetch(`${emulator.url}/?channel=${channel!.id}&as=${mallory.id}`)).text();
    expect(html).toContain("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).not.toContain("<b>bold</b>");
    expect(html).not.toContain("<svg");
    expect(html).toContain('data-act="click"');
    expect(html).toContain("Ack &lt;now&gt;");

    const partial = await (await fetch(`${emulator.url}/?channel=${channel!.id}&as=${mallory.id}&partial=1`)).text();
    expect(partial).not.toContain("<html");
    expect(partial).toContain("&lt;script&gt;");
  });
});
