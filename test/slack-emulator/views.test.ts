import { describe, expect, it } from "vitest";
import { addPeople, slackError, startHarness } from "./support/setup";

const BUTTON_BLOCKS = [{ type: "actions", block_id: "open", elements: [{ type: "button", action_id: "open_form", text: { type: "plain_text", text: "Open" }, value: "form-1" }] }];

const scale = { type: "radio_buttons", action_id: "score", options: ["1", "2", "3"].map((value) => ({ text: { type: "plain_text", text: value }, value })) };

function modal(overrides: Record<string, unknown> = {}) {
  return {
    type: "modal" as const,
    callback_id: "feedback",
    private_metadata: JSON.stringify({ form: 1 }),
    title: { type: "plain_text" as const, text: "Feedback" },
    submit: { type: "plain_text" as const, text: "Send" },
    blocks: [
      { type: "input", block_id: "rating", label: { type: "plain_text", text: "How was it?" }, element: { ...scale, initial_option: scale.options[1] } },
      { type: "input", block_id: "why", optional: true, label: { type: "plain_text", text: "Why?" }, element: { type: "plain_text_input", action_id: "text", multiline: true } },
      { type: "input", block_id: "size", optional: true, label: { type: "plain_text", text: "Team size" }, element: { type: "static_select", action_id: "pick", options: scale.options } },
      {
        type: "input",
        block_id: "anonymous",
        optional: true,
        label: { type: "plain_text", text: "Privacy" },
        element: { type: "checkboxes", action_id: "anon", options: [{ text: { type: "plain_text", text: "Anonymous" }, value: "yes" }] },
      },
    ],
    ...overrides,
  };
}

/** A harness where alice has clicked a button: the click's trigger_id is ready for views.open. */
async function clicked(options: { triggerTtlMs?: number } = {}) {
  const harness = await startHarness(options);
  const { alice, bob } = addPeople(harness.emulator);
  const { channel } = await harness.slack.conversations.create({ name: "drill-views" });
  const channelId = channel!.id!;
  await harness.slack.conversations.invite({ channel: channelId, users: `${alice.id},${bob.id}` });
  const posted = await harness.slack.chat.postMessage({ channel: channelId, text: "Feedback?", blocks: BUTTON_BLOCKS });
  const click = await harness.emulator.driver.click(alice.id, channelId, posted.ts!, "open_form");
  await harness.emulator.driver.idle();
  harness.receiver.requests.length = 0;
  return { ...harness, alice, bob, channelId, triggerId: click.triggerId };
}

describe("views.open", () => {
  it("exchanges a click's trigger_id for a modal, returned as Slack returns it", async () => {
    const { slack, emulator, alice, triggerId } = await clicked();
    const answer = await slack.views.open({ trigger_id: triggerId, view: modal() });
    expect(answer.view).toMatchObject({
      id: expect.stringMatching(/^V[A-Z0-9]+$/),
      team_id: emulator.state.identity.teamId,
      type: "modal",
      title: { type: "plain_text", text: "Feedback" },
      submit: { text: "Send" },
      callback_id: "feedback",
      private_metadata: JSON.stringify({ form: 1 }),
      external_id: "",
      state: { values: {} },
      hash: expect.any(String),
      root_view_id: answer.view!.id,
      app_id: emulator.state.identity.appId,
      bot_id: emulator.state.identity.botId,
    });
    expect(answer.view!.blocks!.map((block) => block.block_id)).toEqual(["rating", "why", "size", "anonymous"]);
    expect(emulator.driver.openViews(alice.id).map((open) => open.view.id)).toEqual([answer.view!.id]);
  });

  it("answers Slack's trigger errors: unknown, already exchanged, expired", async () => {
    const { slack, triggerId } = await clicked();
    expect((await slackError(slack.views.open({ trigger_id: "12345.98765.abcd2358fdea", view: modal() }))).error).toBe("invalid_trigger_id");
    await slack.views.open({ trigger_id: triggerId, view: modal() });
    expect((await slackError(slack.views.open({ trigger_id: triggerId, view: modal() }))).error).toBe("exchanged_trigger_id");

    const late = await clicked({ triggerTtlMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await slackError(late.slack.views.open({ trigger_id: late.triggerId, view: modal() }))).error).toBe("expired_trigger_id");
  });

  it("refuses views Slack would refuse, naming each problem, and keeps the trigger usable", async () => {
    const { slack, triggerId } = await clicked();
    const cases: [Record<string, unknown>, string][] = [
      [{ type: "home" }, "/view/type"],
      [{ title: { type: "plain_text", text: "x".repeat(25) } }, "/view/title/text"],
      [{ submit: undefined }, "must provide a submit property when using input blocks"],
      [{ private_metadata: "x".repeat(3001) }, "/view/private_metadata"],
      [{ callback_id: "x".repeat(256) }, "/view/callback_id"],
      [{ blocks: Array.from({ length: 101 }, () => ({ type: "divider" })) }, "must be less than 101 items"],
      [{ blocks: [{ type: "input", label: { type: "plain_text", text: "Pick" }, element: { ...scale, initial_option: { text: { type: "plain_text", text: "9" }, value: "9" } } }] }, "must match one of the options"],
    ];
    for (const [overrides, expected] of cases) {
      const { error, data } = await slackError(slack.views.open({ trigger_id: triggerId, view: modal(overrides) as never }));
      expect(error, expected).toBe("invalid_arguments");
      expect(JSON.stringify((data.response_metadata as { messages: string[] }).messages), expected).toContain(expected);
    }
    expect((await slack.views.open({ trigger_id: triggerId, view: modal() })).ok).toBe(true);
  });

  it("takes a modal without inputs and without submit; views.update replaces it and checks the hash", async () => {
    const { slack, triggerId } = await clicked();
    const info = { type: "modal" as const, title: { type: "plain_text" as const, text: "Closed" }, blocks: [{ type: "section", text: { type: "mrkdwn", text: "The survey is closed." } }] };
    const opened = await slack.views.open({ trigger_id: triggerId, view: info });
    const updated = await slack.views.update({ view_id: opened.view!.id!, hash: opened.view!.hash, view: modal() });
    expect(updated.view).toMatchObject({ id: opened.view!.id, callback_id: "feedback" });
    expect((await slackError(slack.views.update({ view_id: opened.view!.id!, hash: opened.view!.hash, view: modal() }))).error).toBe("hash_conflict");
    expect((await slackError(slack.views.update({ view_id: "VNOPE", view: modal() }))).error).toBe("not_found");
  });
});

describe("submitting a view", () => {
  async function opened() {
    const harness = await clicked();
    const { view } = await harness.slack.views.open({ trigger_id: harness.triggerId, view: modal() });
    return { ...harness, viewId: view!.id! };
  }

  it("posts a signed view_submission with view.state.values shaped per element type", async () => {
    const { emulator, receiver, alice, viewId } = await opened();
    const result = await emulator.driver.submitView(alice.id, viewId, { values: { rating: "3", why: "good pacing", size: "2", anonymous: ["yes"] } });
    expect(result).toMatchObject({ kind: "view_submission", label: "feedback", delivered: true, outcome: { kind: "closed" } });
    const [request] = receiver.requests;
    expect(request?.verified).toBe(true);
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.json).toMatchObject({
      type: "view_submission",
      user: { id: alice.id, username: "alice" },
      api_app_id: emulator.state.identity.appId,
      trigger_id: expect.any(String),
      view: { id: viewId, callback_id: "feedback", private_metadata: JSON.stringify({ form: 1 }) },
    });
    expect(request?.json.view.state.values).toEqual({
      rating: { score: { type: "radio_buttons", selected_option: { text: { type: "plain_text", text: "3" }, value: "3" } } },
      why: { text: { type: "plain_text_input", value: "good pacing" } },
      size: { pick: { type: "static_select", selected_option: { text: { type: "plain_text", text: "2" }, value: "2" } } },
      anonymous: { anon: { type: "checkboxes", selected_options: [{ text: { type: "plain_text", text: "Anonymous" }, value: "yes" }] } },
    });
    expect(emulator.driver.openViews(alice.id)).toEqual([]);
    await expect(emulator.driver.submitView(alice.id, viewId)).rejects.toThrow(/closed/);
  });

  it("sends initial values untouched, null for empty inputs, and refuses what the client would not send", async () => {
    const { emulator, receiver, alice, bob, viewId } = await opened();
    await expect(emulator.driver.submitView(bob.id, viewId)).rejects.toThrow(/has no view/);
    await expect(emulator.driver.submitView(alice.id, viewId, { values: { rating: "7" } })).rejects.toThrow(/no option/);
    await expect(emulator.driver.submitView(alice.id, viewId, { values: { nope: "x" } })).rejects.toThrow(/no input block/);
    await expect(emulator.driver.submitView(alice.id, viewId, { values: { rating: null } })).rejects.toThrow(/required input\(s\) empty: rating/);
    expect(receiver.requests).toHaveLength(0);

    await emulator.driver.submitView(alice.id, viewId);
    expect(receiver.requests[0]?.json.view.state.values).toMatchObject({
      rating: { score: { selected_option: { value: "2" } } },
      why: { text: { value: null } },
      size: { pick: { selected_option: null } },
      anonymous: { anon: { selected_options: [] } },
    });
  });

  it("keeps the modal open with the app's errors, and the person's entries for the next try", async () => {
    const { emulator, receiver, alice, viewId } = await opened();
    receiver.reply = () => ({ status: 200, body: { response_action: "errors", errors: { rating: "Pick 1 to 3" } } });
    const refused = await emulator.driver.submitView(alice.id, viewId, { values: { rating: null, why: "kept" }, unchecked: true });
    expect(refused.outcome).toEqual({ kind: "errors", errors: { rating: "Pick 1 to 3" } });
    expect(emulator.driver.openViews(alice.id)).toHaveLength(1);

    receiver.reply = () => ({ status: 200 });
    await emulator.driver.submitView(alice.id, viewId, { values: { rating: "1" } });
    expect(receiver.requests[1]?.json.view.state.values).toMatchObject({ rating: { score: { selected_option: { value: "1" } } }, why: { text: { value: "kept" } } });
  });

  it("reports errors naming non-input blocks, clear, update, and an app that does not answer", async () => {
    const { emulator, receiver, slack, alice, viewId, channelId } = await opened();
    receiver.reply = () => ({ status: 200, body: { response_action: "errors", errors: { not_a_block: "x" } } });
    expect((await emulator.driver.submitView(alice.id, viewId)).outcome).toMatchObject({ kind: "failed", reason: expect.stringContaining("not_a_block") });
    receiver.reply = () => ({ status: 200, body: { response_action: "update", view: modal({ title: { type: "plain_text", text: "Thanks" }, blocks: [], submit: undefined }) } });
    expect((await emulator.driver.submitView(alice.id, viewId)).outcome).toMatchObject({ kind: "updated", view: { id: viewId, title: { text: "Thanks" } } });
    expect(emulator.driver.openViews(alice.id)[0]?.view.title).toMatchObject({ text: "Thanks" });

    const posted = await slack.chat.postMessage({ channel: channelId, text: "again", blocks: BUTTON_BLOCKS });
    const again = await emulator.driver.click(alice.id, channelId, posted.ts!, "open_form");
    const second = (await slack.views.open({ trigger_id: again.triggerId, view: modal() })).view!.id!;
    receiver.reply = () => ({ status: 200, body: { response_action: "clear" } });
    expect((await emulator.driver.submitView(alice.id, second)).outcome).toEqual({ kind: "cleared" });
    expect(emulator.driver.openViews(alice.id).map((open) => open.view.id)).toEqual([viewId]);

    receiver.reply = () => ({ status: 500 });
    expect((await emulator.driver.submitView(alice.id, viewId)).outcome).toMatchObject({ kind: "failed" });
    expect(emulator.driver.openViews(alice.id)).toHaveLength(1);
  });

  it("is reachable through the control API", async () => {
    const { emulator, alice, viewId } = await opened();
    const response = await fetch(`${emulator.url}/_emulator/act/submitView`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userId: alice.id, viewId, values: { rating: "1" } }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, result: { delivered: true, outcome: { kind: "closed" } } });
    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as { views: { view: { id: string }; open: boolean; submissions: unknown[] }[] };
    expect(state.views).toEqual([expect.objectContaining({ view: expect.objectContaining({ id: viewId }), open: false, submissions: [expect.anything()] })]);
  });
});
