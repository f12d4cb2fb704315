import { describe, expect, it } from "vitest";
import { addPeople, slackError, startHarness } from "./support/setup";

const BLOCKS = [
  { type: "section", text: { type: "mrkdwn", text: "*Alert* DB down" } },
  { type: "actions", elements: [{ type: "button", action_id: "ack", text: { type: "plain_text", text: "Ack" }, value: "alert-1" }] },
];

async function channelWithPeople() {
  const harness = await startHarness();
  const people = addPeople(harness.emulator);
  const { channel } = await harness.slack.conversations.create({ name: "chat" });
  const channelId = channel!.id!;
  await harness.slack.conversations.invite({ channel: channelId, users: people.alice.id });
  return { ...harness, ...people, channelId };
}

describe("chat.postMessage", () => {
  it("stores the message, answers like Slack and sends the app its own message event", async () => {
    const { slack, emulator, receiver, channelId, botUserId } = await channelWithPeople();
    await emulator.driver.idle();
    receiver.requests.length = 0;

    const posted = await slack.chat.postMessage({ channel: channelId, text: "Drill started", blocks: BLOCKS });
    expect(posted.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(posted.message).toMatchObject({
      type: "message",
      user: botUserId,
      bot_id: emulator.state.identity.botId,
      text: "Drill started",
      ts: posted.ts,
      blocks: [{ type: "section" }, { type: "actions" }],
    });
    expect(posted.message?.blocks?.every((block) => typeof block.block_id === "string")).toBe(true);

    await emulator.driver.idle();
    const [delivery] = receiver.requests;
    expect(delivery?.json.event).toMatchObject({ type: "message", channel: channelId, bot_id: emulator.state.identity.botId, ts: posted.ts, text: "Drill started" });
  });

  it("hands out strictly increasing ts and threads replies", async () => {
    const { slack, channelId } = await channelWithPeople();
    const stamps: string[] = [];
    for (let i = 0; i < 20; i += 1) stamps.push((await slack.chat.postMessage({ channel: channelId, text: `m${i}` })).ts!);
    const sorted = [...stamps].sort((a, b) => (a.length === b.length ? a.localeCompare(b) : a.length - b.length));
    expect(new Set(stamps).size).toBe(20);
    expect(stamps).toEqual(sorted);

    const parent = stamps[0]!;
    const reply = await slack.chat.postMessage({ channel: channelId, text: "in thread", thread_ts: parent });
    expect(reply.message?.thread_ts).toBe(parent);
    const thread = await slack.conversations.replies({ channel: channelId, ts: parent });
    expect(thread.messages?.map((message) => message.text)).toEqual(["m0", "in thread"]);
    const history = await slack.conversations.history({ channel: channelId, limit: 3 });
    expect(history.messages?.map((message) => message.text)).toEqual(["m19", "m18", "m17"]);
    expect(history.has_more).toBe(true);
  });

  it("refuses empty messages, bad blocks, unknown, foreign and archived channels", async () => {
    const { slack, emulator, channelId, alice } = await channelWithPeople();
    expect((await slackError(slack.chat.postMessage({ channel: channelId } as never))).error).toBe("no_text");
    expect((await slackError(slack.chat.postMessage({ channel: channelId, text: "x", blocks: { type: "section" } as never }))).error).toBe("invalid_blocks");
    expect((await slackError(slack.chat.postMessage({ channel: channelId, text: "x", blocks: "not json" as never }))).error).toBe("invalid_blocks_format");
    const tooMany = Array.from({ length: 51 }, () => ({ type: "divider" }));
    expect((await slackError(slack.chat.postMessage({ channel: channelId, text: "x", blocks: tooMany }))).error).toBe("invalid_blocks");
    expect((await slackError(slack.chat.postMessage({ channel: "CNOPE", text: "x" }))).error).toBe("channel_not_found");

    const foreign = emulator.driver.createChannel({ name: "foreign", creatorId: alice.id });
    expect((await slackError(slack.chat.postMessage({ channel: foreign.id, text: "x" }))).error).toBe("not_in_channel");

    await slack.conversations.archive({ channel: channelId });
    expect((await slackError(slack.chat.postMessage({ channel: channelId, text: "after" }))).error).toBe("is_archived");
    expect(emulator.state.messagesOf(channelId).some((message) => message.text === "after")).toBe(false);
  });
});

describe("chat.update", () => {
  it("updates the bot's messages, keeping blocks when only text changes", async () => {
    const { slack, emulator, channelId } = await channelWithPeople();
    const posted = await slack.chat.postMessage({ channel: channelId, text: "v1", blocks: BLOCKS });
    const updated = await slack.chat.update({ channel: channelId, ts: posted.ts!, text: "v2" });
    expect(updated).toMatchObject({ channel: channelId, ts: posted.ts, text: "v2" });
    const stored = emulator.state.findMessage(channelId, posted.ts!);
    expect(stored?.text).toBe("v2");
    expect(stored?.blocks).toHaveLength(2);
  });

  it("refuses missing messages, people's messages and unknown channels", async () => {
    const { slack, emulator, channelId, alice } = await channelWithPeople();
    expect((await slackError(slack.chat.update({ channel: channelId, ts: "1.000001", text: "x" }))).error).toBe("message_not_found");
    const { ts } = await emulator.driver.post(alice.id, channelId, "mine");
    expect((await slackError(slack.chat.update({ channel: channelId, ts, text: "hijack" }))).error).toBe("cant_update_message");
    expect(emulator.state.findMessage(channelId, ts)?.text).toBe("mine");
    expect((await slackError(slack.chat.update({ channel: "CNOPE", ts, text: "x" }))).error).toBe("channel_not_found");
  });
});

describe("chat.postEphemeral", () => {
  it("records the ephemeral for a member and refuses people outside the channel", async () => {
    const { slack, emulator, channelId, alice, bob } = await channelWithPeople();
    const sent = await slack.chat.postEphemeral({ channel: channelId, user: alice.id, text: "only you" });
    expect(sent.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(emulator.state.ephemerals).toEqual([
      expect.objectContaining({ channel: channelId, user: alice.id, text: "only you", message_ts: sent.message_ts }),
    ]);
    expect((await slackError(slack.chat.postEphemeral({ channel: channelId, user: bob.id, text: "x" }))).error).toBe("user_not_in_channel");
    expect(emulator.state.ephemerals).toHaveLength(1);
  });
});

describe("users", () => {
  it("looks people up by email and id", async () => {
    const { slack, emulator } = await startHarness();
    const { alice } = addPeople(emulator);
    const found = await slack.users.lookupByEmail({ email: "ALICE@example.com" });
    expect(found.user).toMatchObject({ id: alice.id, name: "alice", real_name: "Alice Kim", is_bot: false, profile: { email: "alice@example.com", real_name: "Alice Kim", display_name: "alice" } });
    expect((await slackError(slack.users.lookupByEmail({ email: "nobody@example.com" }))).error).toBe("users_not_found");
    expect((await slack.users.info({ user: alice.id })).user?.real_name).toBe("Alice Kim");
    expect((await slackError(slack.users.info({ user: "UNOPE" }))).error).toBe("user_not_found");
  });
});
