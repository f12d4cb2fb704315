import { describe, expect, it } from "vitest";
import { EmulatorError } from "../../tools/slack-emulator/index";
import { addPeople, startHarness } from "./support/setup";

/** A channel made by the bot with Alice in it, deliveries so far forgotten. */
async function setup() {
  const harness = await startHarness({ teamId: "TTEAM", appId: "AAPP", botUserId: "UBOT" });
  const people = addPeople(harness.emulator);
  const { channel } = await harness.slack.conversations.create({ name: "events" });
  const channelId = channel!.id!;
  await harness.slack.conversations.invite({ channel: channelId, users: people.alice.id });
  await harness.emulator.driver.idle();
  harness.receiver.requests.length = 0;
  return { ...harness, ...people, channelId };
}

describe("event deliveries", () => {
  it("wraps a person's message in a signed Events API envelope", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    const { ts, delivery } = await emulator.driver.post(alice.id, channelId, "DB is down <script>");
    expect(delivery).toMatchObject({ kind: "event", delivered: true, status: 200, attempts: [{ retryNum: 0, status: 200 }] });

    const [request] = receiver.requests;
    expect(request?.verified).toBe(true);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.json).toMatchObject({
      token: expect.any(String),
      team_id: "TTEAM",
      api_app_id: "AAPP",
      type: "event_callback",
      event_id: delivery.eventId,
      event_time: expect.any(Number),
      authorizations: [{ team_id: "TTEAM", user_id: "UBOT", is_bot: true }],
      is_ext_shared_channel: false,
      event_context: expect.any(String),
      event: { type: "message", user: alice.id, text: "DB is down <script>", ts, event_ts: ts, channel: channelId, channel_type: "channel" },
    });
    expect(request?.json.event_id).toMatch(/^Ev[A-Z0-9]+$/);
    expect(request?.json.event).not.toHaveProperty("bot_id");
  });

  it("gives each event its own id", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    await emulator.driver.post(alice.id, channelId, "one");
    await emulator.driver.post(alice.id, channelId, "two");
    const ids = receiver.requests.map((request) => request.json.event_id);
    expect(new Set(ids).size).toBe(2);
  });

  it("marks thread replies with thread_ts and parent_user_id", async () => {
    const { emulator, receiver, slack, alice, channelId } = await setup();
    const parent = await slack.chat.postMessage({ channel: channelId, text: "Alert!" });
    await emulator.driver.idle();
    await emulator.driver.post(alice.id, channelId, "looking", { threadTs: parent.ts });
    const reply = receiver.requests.at(-1)?.json.event;
    expect(reply).toMatchObject({ type: "message", user: alice.id, thread_ts: parent.ts, parent_user_id: "UBOT" });
    expect(emulator.state.findMessage(channelId, parent.ts!)).toMatchObject({ reply_count: 1, reply_users: [alice.id] });
  });

  it("sends message_changed and message_deleted with the previous message", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    const { ts } = await emulator.driver.post(alice.id, channelId, "typo");
    await emulator.driver.edit(alice.id, channelId, ts, "fixed");
    const changed = receiver.requests.at(-1)?.json.event;
    expect(changed).toMatchObject({
      type: "message",
      subtype: "message_changed",
      hidden: true,
      channel: channelId,
      message: { type: "message", user: alice.id, text: "fixed", ts, edited: { user: alice.id } },
      previous_message: { text: "typo", ts },
    });
    expect(changed.ts).toBe(changed.event_ts);
    expect(changed.ts).not.toBe(ts);
    expect(changed.message.edited.ts).toBe(changed.ts);

    await emulator.driver.remove(alice.id, channelId, ts);
    const deleted = receiver.requests.at(-1)?.json.event;
    expect(deleted).toMatchObject({ type: "message", subtype: "message_deleted", hidden: true, deleted_ts: ts, channel: channelId, previous_message: { text: "fixed" } });
    expect(emulator.state.findMessage(channelId, ts)?.deleted).toBe(true);
  });

  it("sends reaction_added and reaction_removed", async () => {
    const { emulator, receiver, slack, alice, channelId } = await setup();
    const posted = await slack.chat.postMessage({ channel: channelId, text: "Alert!" });
    await emulator.driver.react(alice.id, channelId, posted.ts!, ":eyes:");
    expect(receiver.requests.at(-1)?.json.event).toMatchObject({
      type: "reaction_added",
      user: alice.id,
      reaction: "eyes",
      item: { type: "message", channel: channelId, ts: posted.ts },
      item_user: "UBOT",
      event_ts: expect.stringMatching(/^\d+\.\d+$/),
    });
    expect(emulator.state.findMessage(channelId, posted.ts!)?.reactions).toEqual([{ name: "eyes", users: [alice.id], count: 1 }]);
    await emulator.driver.unreact(alice.id, channelId, posted.ts!, "eyes");
    expect(receiver.requests.at(-1)?.json.event).toMatchObject({ type: "reaction_removed", reaction: "eyes", user: alice.id });
    expect(emulator.state.findMessage(channelId, posted.ts!)?.reactions).toEqual([]);
  });

  it("sends member_joined_channel when a person joins", async () => {
    const { emulator, receiver, bob, channelId } = await setup();
    const delivery = await emulator.driver.join(bob.id, channelId);
    expect(delivery.delivered).toBe(true);
    expect(receiver.requests.at(-1)?.json.event).toMatchObject({ type: "member_joined_channel", user: bob.id, channel: channelId, channel_type: "C", team: "TTEAM" });
  });

  it("refuses to act for someone who is not in the channel", async () => {
    const { emulator, receiver, bob, channelId } = await setup();
    await expect(emulator.driver.post(bob.id, channelId, "hi")).rejects.toThrow(EmulatorError);
    await expect(emulator.driver.post(bob.id, channelId, "hi")).rejects.toThrow(/not a member/);
    await expect(emulator.driver.post("UNOBODY", channelId, "hi")).rejects.toThrow(/unknown user/);
    expect(receiver.requests).toHaveLength(0);
  });

  it("records a delivery with nowhere to go as not delivered", async () => {
    const { emulator, alice, channelId } = await setup();
    emulator.setDeliverTo("http://127.0.0.1:9/unreachable");
    const { delivery } = await emulator.driver.post(alice.id, channelId, "into the void");
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts).toHaveLength(4);
    expect(delivery.attempts[0]?.error).toMatch(/^connection_failed/);
  });
});
