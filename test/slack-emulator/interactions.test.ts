import { describe, expect, it } from "vitest";
import { addPeople, startHarness } from "./support/setup";

const ALERT_BLOCKS = [
  { type: "section", block_id: "alert", text: { type: "mrkdwn", text: "DB down" } },
  {
    type: "actions",
    block_id: "alert-actions",
    elements: [
      { type: "button", action_id: "ack_alert", text: { type: "plain_text", text: "Ack" }, value: "alert-7" },
      { type: "button", action_id: "escalate", text: { type: "plain_text", text: "Escalate" }, value: "team-db" },
    ],
  },
];

async function setup() {
  const harness = await startHarness({ teamId: "TTEAM", appId: "AAPP" });
  const people = addPeople(harness.emulator);
  const { channel } = await harness.slack.conversations.create({ name: "drill-1" });
  const channelId = channel!.id!;
  await harness.slack.conversations.invite({ channel: channelId, users: people.alice.id });
  await harness.emulator.driver.idle();
  harness.receiver.requests.length = 0;
  return { ...harness, ...people, channelId };
}

function postJson(url: string, body: unknown) {
  return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

describe("slash commands", () => {
  it("sends the form fields Slack sends, signed", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    const result = await emulator.driver.command(alice.id, channelId, "status now");
    expect(result).toMatchObject({ kind: "command", delivered: true, status: 200 });

    const [request] = receiver.requests;
    expect(request?.verified).toBe(true);
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const form = Object.fromEntries(request!.form!);
    expect(form).toMatchObject({
      team_id: "TTEAM",
      team_domain: emulator.state.identity.teamDomain,
      channel_id: channelId,
      channel_name: "drill-1",
      user_id: alice.id,
      user_name: "alice",
      command: "/drill",
      text: "status now",
      api_app_id: "AAPP",
      response_url: `${emulator.url}/_emulator/respond/${result.responseId}`,
      trigger_id: result.triggerId,
    });
    expect(form.token).toBeTruthy();
  });

  it("records what the app posts to the response_url", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    receiver.reply = (request) => {
      // Only the command answers: an event from the setup may arrive late (retried) on a busy machine.
      const responseUrl = request.form?.get("response_url");
      if (!responseUrl) return { status: 200 };
      setTimeout(() => {
        void postJson(responseUrl, { response_type: "ephemeral", text: "Drill is running" }).then(() =>
          postJson(responseUrl, { response_type: "in_channel", text: "Alice asked for status" }),
        );
      }, 10);
      return { status: 200 };
    };
    const result = await emulator.driver.command(alice.id, channelId, "status");
    const first = await result.awaitResponse(2000);
    expect(first).toMatchObject({ via: "response_url", origin: "command", response_type: "ephemeral", text: "Drill is running", user: alice.id, channel: channelId });
    const second = await emulator.driver.awaitResponse(result.responseId, 2000, 2);
    expect(second).toMatchObject({ response_type: "in_channel", text: "Alice asked for status" });

    expect(emulator.state.ephemerals).toEqual([expect.objectContaining({ user: alice.id, text: "Drill is running", source: "response_url" })]);
    expect(emulator.state.messagesOf(channelId).at(-1)).toMatchObject({ text: "Alice asked for status", bot_id: emulator.state.identity.botId });
  });

  it("treats a JSON ack body as the response Slack would show", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    receiver.reply = () => ({ status: 200, body: { response_type: "ephemeral", text: "Usage: /drill status" } });
    const result = await emulator.driver.command(alice.id, channelId, "help");
    expect(result.body).toEqual({ response_type: "ephemeral", text: "Usage: /drill status" });
    expect(emulator.state.responses).toEqual([expect.objectContaining({ via: "ack", text: "Usage: /drill status" })]);
    await expect(result.awaitResponse(50)).rejects.toThrow(/no response_url post/);
  });

  it("does not retry a failed command", async () => {
    const { emulator, receiver, alice, channelId } = await setup();
    receiver.reply = () => ({ status: 500 });
    const result = await emulator.driver.command(alice.id, channelId, "status");
    expect(result).toMatchObject({ delivered: false, status: 500, attempts: [{ retryNum: 0, status: 500 }] });
    await emulator.driver.idle();
    expect(receiver.requests).toHaveLength(1);
    expect(emulator.state.ephemerals).toEqual([
      expect.objectContaining({ user: alice.id, source: "slackbot", text: '/drill failed with the error "dispatch_failed"' }),
    ]);
  });

  it("refuses unknown response_urls", async () => {
    const { emulator } = await setup();
    const response = await postJson(`${emulator.url}/_emulator/respond/RNOPE`, { text: "x" });
    expect(response.status).toBe(404);
  });
});

describe("button clicks", () => {
  it("sends a block_actions payload with the button's value and the message", async () => {
    const { emulator, receiver, slack, alice, channelId } = await setup();
    const posted = await slack.chat.postMessage({ channel: channelId, text: "Alert", blocks: ALERT_BLOCKS });
    await emulator.driver.idle();
    receiver.requests.length = 0;

    const result = await emulator.driver.click(alice.id, channelId, posted.ts!, "escalate");
    expect(result.delivered).toBe(true);
    const [request] = receiver.requests;
    expect(request?.verified).toBe(true);
    expect(request?.form?.has("payload")).toBe(true);
    expect(request?.json).toMatchObject({
      type: "block_actions",
      team: { id: "TTEAM" },
      user: { id: alice.id, username: "alice", name: "alice", team_id: "TTEAM" },
      api_app_id: "AAPP",
      token: expect.any(String),
      container: { type: "message", message_ts: posted.ts, channel_id: channelId, is_ephemeral: false },
      trigger_id: result.triggerId,
      channel: { id: channelId, name: "drill-1" },
      message: { ts: posted.ts, text: "Alert", blocks: [{ block_id: "alert" }, { block_id: "alert-actions" }] },
      response_url: result.responseUrl,
      actions: [{ action_id: "escalate", block_id: "alert-actions", value: "team-db", type: "button", text: { type: "plain_text", text: "Escalate" }, action_ts: expect.any(String) }],
    });
  });

  it("uses an explicit value and refuses buttons that are not there", async () => {
    const { emulator, receiver, slack, alice, channelId } = await setup();
    const posted = await slack.chat.postMessage({ channel: channelId, text: "Alert", blocks: ALERT_BLOCKS });
    await emulator.driver.click(alice.id, channelId, posted.ts!, "ack_alert", { value: "override" });
    expect(receiver.requests.at(-1)?.json.actions[0].value).toBe("override");
    await expect(emulator.driver.click(alice.id, channelId, posted.ts!, "nope")).rejects.toThrow(/no button/);
  });

  it("replaces the original message when the app answers with replace_original", async () => {
    const { emulator, receiver, slack, alice, channelId } = await setup();
    const posted = await slack.chat.postMessage({ channel: channelId, text: "Alert", blocks: ALERT_BLOCKS });
    receiver.reply = (request) => {
      if (request.json?.type === "block_actions") {
        void postJson(request.json.response_url, { replace_original: true, text: "Acked by Alice", blocks: [{ type: "section", text: { type: "mrkdwn", text: "Acked" } }] });
      }
      return { status: 200 };
    };
    const result = await emulator.driver.click(alice.id, channelId, posted.ts!, "ack_alert");
    await result.awaitResponse(2000);
    expect(emulator.state.findMessage(channelId, posted.ts!)).toMatchObject({ text: "Acked by Alice", blocks: [{ type: "section" }] });
  });

  it("clicks buttons on an ephemeral the person was shown", async () => {
    const { emulator, receiver, slack, alice, channelId } = await setup();
    const { message_ts } = await slack.chat.postEphemeral({ channel: channelId, user: alice.id, text: "Confirm?", blocks: ALERT_BLOCKS });
    await emulator.driver.click(alice.id, channelId, message_ts!, "ack_alert");
    expect(receiver.requests.at(-1)?.json).toMatchObject({ container: { is_ephemeral: true, message_ts }, actions: [{ value: "alert-7" }] });
    expect(receiver.requests.at(-1)?.json).not.toHaveProperty("message");
  });
});
