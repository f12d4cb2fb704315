import { describe, expect, it } from "vitest";
import { addPeople, BOT_TOKEN, slackError, startHarness } from "./support/setup";

describe("Web API: auth and routing", () => {
  it("answers auth.test with the bot's identity", async () => {
    const { slack, emulator } = await startHarness({ teamId: "T123", botUserId: "UBOT", appId: "A1" });
    const auth = await slack.auth.test();
    expect(auth).toMatchObject({ ok: true, team_id: "T123", user_id: "UBOT", bot_id: emulator.state.identity.botId });
    expect(auth.url).toMatch(/^https:\/\/.+\.slack\.com\/$/);
  });

  it("rejects calls without a token or with the wrong one", async () => {
    const { emulator } = await startHarness();
    const call = (headers: Record<string, string>, body = "") =>
      fetch(`${emulator.apiUrl}auth.test`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers }, body }).then((r) => r.json());
    expect(await call({})).toEqual({ ok: false, error: "not_authed" });
    expect(await call({ Authorization: "Bearer xoxb-wrong" })).toEqual({ ok: false, error: "invalid_auth" });
    expect(await call({}, `token=${BOT_TOKEN}`)).toMatchObject({ ok: true });
  });

  it("answers unknown methods with 404 and accepts JSON bodies", async () => {
    const { emulator } = await startHarness();
    const unknown = await fetch(`${emulator.apiUrl}chat.teleport`, { method: "POST", headers: { Authorization: `Bearer ${BOT_TOKEN}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error: "unknown_method" });

    const json = await fetch(`${emulator.apiUrl}conversations.create`, {
      method: "POST",
      headers: { Authorization: `Bearer ${BOT_TOKEN}`, "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ name: "from-json", is_private: true }),
    }).then((r) => r.json());
    expect(json).toMatchObject({ ok: true, channel: { name: "from-json", is_private: true } });
  });
});

describe("conversations.create", () => {
  it("creates a channel the bot is in", async () => {
    const { slack, botUserId, emulator } = await startHarness();
    const created = await slack.conversations.create({ name: "inc-42_db" });
    expect(created.channel).toMatchObject({
      name: "inc-42_db",
      creator: botUserId,
      is_channel: true,
      is_archived: false,
      is_member: true,
      topic: { value: "" },
      purpose: { value: "" },
    });
    expect(created.channel?.id).toMatch(/^C[A-Z0-9]+$/);
    expect(typeof created.channel?.created).toBe("number");
    expect(emulator.state.channels.get(created.channel!.id!)?.members).toEqual([botUserId]);
  });

  it("applies Slack's naming rules", async () => {
    const { slack } = await startHarness();
    expect((await slackError(slack.conversations.create({ name: "" }))).error).toBe("invalid_name_required");
    expect((await slackError(slack.conversations.create({ name: "a".repeat(81) }))).error).toBe("invalid_name_maxlength");
    expect((await slackError(slack.conversations.create({ name: "Has Caps" }))).error).toBe("invalid_name_specials");
    expect((await slackError(slack.conversations.create({ name: "dot.name" }))).error).toBe("invalid_name_specials");
    await expect(slack.conversations.create({ name: "a".repeat(80) })).resolves.toMatchObject({ ok: true });
  });

  it("refuses a taken name, archived channels included", async () => {
    const { slack } = await startHarness();
    const { channel } = await slack.conversations.create({ name: "incident" });
    expect((await slackError(slack.conversations.create({ name: "incident" }))).error).toBe("name_taken");
    await slack.conversations.archive({ channel: channel!.id! });
    expect((await slackError(slack.conversations.create({ name: "incident" }))).error).toBe("name_taken");
  });
});

describe("topic, purpose, archive, info", () => {
  it("sets the topic and purpose and validates them", async () => {
    const { slack } = await startHarness();
    const { channel } = await slack.conversations.create({ name: "topics" });
    const id = channel!.id!;
    await slack.conversations.setTopic({ channel: id, topic: "Drill: DB failover" });
    await slack.conversations.setPurpose({ channel: id, purpose: "Practice" });
    const info = await slack.conversations.info({ channel: id });
    expect(info.channel).toMatchObject({ topic: { value: "Drill: DB failover" }, purpose: { value: "Practice" } });

    expect((await slackError(slack.conversations.setTopic({ channel: id, topic: "x".repeat(251) }))).error).toBe("too_long");
    expect((await slackError(slack.conversations.setTopic({ channel: "CNOPE", topic: "x" }))).error).toBe("channel_not_found");
    await slack.conversations.archive({ channel: id });
    expect((await slackError(slack.conversations.setPurpose({ channel: id, purpose: "x" }))).error).toBe("is_archived");
    expect((await slackError(slack.conversations.archive({ channel: id }))).error).toBe("already_archived");
    expect((await slackError(slack.conversations.archive({ channel: "CNOPE" }))).error).toBe("channel_not_found");
    expect((await slack.conversations.info({ channel: id })).channel?.is_archived).toBe(true);
  });

  it("answers not_in_channel when the bot is not a member", async () => {
    const { slack, emulator } = await startHarness();
    const { alice } = addPeople(emulator);
    const channel = emulator.driver.createChannel({ name: "humans-only", creatorId: alice.id });
    expect((await slackError(slack.conversations.setTopic({ channel: channel.id, topic: "hi" }))).error).toBe("not_in_channel");
    expect((await slackError(slack.conversations.invite({ channel: channel.id, users: alice.id }))).error).toBe("not_in_channel");
  });
});

describe("conversations.invite", () => {
  it("invites people and tells the app each one joined", async () => {
    const { slack, emulator, receiver, botUserId } = await startHarness();
    const { alice, bob } = addPeople(emulator);
    const { channel } = await slack.conversations.create({ name: "invites" });
    const result = await slack.conversations.invite({ channel: channel!.id!, users: `${alice.id},${bob.id}` });
    expect(result.channel?.id).toBe(channel!.id);
    expect((await slack.conversations.members({ channel: channel!.id! })).members).toEqual([botUserId, alice.id, bob.id]);

    await emulator.driver.idle();
    const joined = receiver.requests.map((request) => request.json.event).filter((event) => event.type === "member_joined_channel");
    expect(joined.map((event) => event.user).sort()).toEqual([alice.id, bob.id].sort());
    expect(joined[0]).toMatchObject({ channel: channel!.id, inviter: botUserId, channel_type: "C" });
  });

  it("reports each failing user and invites nobody without force", async () => {
    const { slack, emulator } = await startHarness();
    const { alice, bob } = addPeople(emulator);
    const { channel } = await slack.conversations.create({ name: "partial" });
    const id = channel!.id!;
    await slack.conversations.invite({ channel: id, users: alice.id });

    const failure = await slackError(slack.conversations.invite({ channel: id, users: `${alice.id},UNOBODY,${bob.id}` }));
    expect(failure.error).toBe("already_in_channel");
    expect(failure.data.errors).toEqual([
      { user: alice.id, ok: false, error: "already_in_channel" },
      { user: "UNOBODY", ok: false, error: "user_not_found" },
    ]);
    expect(emulator.state.channels.get(id)?.members).not.toContain(bob.id);

    const forced = await slackError(slack.conversations.invite({ channel: id, users: `UNOBODY,${bob.id}`, force: true }));
    expect(forced.error).toBe("user_not_found");
    expect(emulator.state.channels.get(id)?.members).toContain(bob.id);
  });

  it("refuses to invite the bot itself, unknown channels and archived ones", async () => {
    const { slack, emulator, botUserId } = await startHarness();
    const { alice } = addPeople(emulator);
    const { channel } = await slack.conversations.create({ name: "self" });
    expect((await slackError(slack.conversations.invite({ channel: channel!.id!, users: botUserId }))).error).toBe("cant_invite_self");
    expect((await slackError(slack.conversations.invite({ channel: "CNOPE", users: alice.id }))).error).toBe("channel_not_found");
    await slack.conversations.archive({ channel: channel!.id! });
    expect((await slackError(slack.conversations.invite({ channel: channel!.id!, users: alice.id }))).error).toBe("is_archived");
  });
});
