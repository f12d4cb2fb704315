import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALERT_ACK_ACTION } from "../../../lib/chat/slack/blocks/alert";
import { channelName } from "../../../lib/chat/slack/channel-name";
import { prisma } from "../../../lib/db/client";
import { createDrill } from "../../../lib/drills/create";
import { endDrill } from "../../../lib/drills/end";
import { fireAlert } from "../../../lib/drills/fire-alert";
import { releaseHint } from "../../../lib/drills/release-hint";
import { addNote } from "../../../lib/drills/add-note";
import { startDrill } from "../../../lib/drills/start";
import { beginReview } from "../../../lib/review/begin-review";
import { closeDrill } from "../../../lib/review/close";
import { revealAnswer } from "../../../lib/review/reveal";
import { getTimeline } from "../../../lib/drills/timeline";
import type { TimelineEventView } from "../../../lib/timeline/events";
import { createTestScenario, marker, observer, staffCtx } from "../../factories";
import { startSlackHarness, type SlackHarness } from "../../support/slack-harness";

const ctx = staffCtx();
let slack: SlackHarness;
let alice: { id: string };
let bob: { id: string };
let carol: { id: string };

beforeAll(async () => {
  slack = await startSlackHarness();
  alice = slack.emulator.driver.addUser({ name: "alice", realName: "Alice Kim", email: "alice@example.test" });
  bob = slack.emulator.driver.addUser({ name: "bob", realName: "Bob Lee", email: "bob@example.test" });
  carol = slack.emulator.driver.addUser({ name: "carol", realName: "Carol Park", email: "carol@example.test" });
});
afterAll(() => slack.close());

async function staffTimeline(drillId: string): Promise<TimelineEventView[]> {
  return getTimeline({ ctx, input: { drillId, viewer: "staff" } });
}

function messagesIn(channelId: string) {
  return slack.emulator.state.messagesOf(channelId);
}

describe("a drill in Slack, from declaration to archive", () => {
  it("declares, pages, mirrors the humans, takes commands and the Acknowledge button, and archives", async () => {
    const { scenario, definition } = await createTestScenario({ title: "Redis timeout!", publicTitle: "Checkout errors" });
    const roster = [
      { name: "Alice Kim", role: "incident_commander" as const, email: "alice@example.test" },
      { name: "Bob Lee", role: "active_responder" as const, email: "bob@example.test" },
      { name: "Ghost Nobody", role: "active_responder" as const, email: "ghost@example.test" },
      { name: "Carol Park", role: "escalation_responder" as const, team: "DBA", email: "carol@example.test" },
    ];
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster } });
    expect((await prisma().drill.findUniqueOrThrow({ where: { id: drillId } })).chatProvider).toBe("slack");

    // Someone already has the channel name this drill would get: the bot takes the next one.
    const wanted = channelName("drill-{date}-{slug}", { title: "Checkout errors", drillId, at: new Date() });
    slack.emulator.driver.createChannel({ name: wanted, creatorId: carol.id });

    await startDrill({ ctx, input: { drillId } });
    await slack.outboxDrained(drillId);
    const channel = slack.emulator.state.channelByName(`${wanted}-2`)!;
    expect(channel, "channel with a suffix").toBeDefined();
    expect(channel.topic.value).toContain("DRILL");
    expect(channel.purpose.value).toContain("exercise");
    expect(channel.members).toEqual(expect.arrayContaining([alice.id, bob.id]));
    expect(channel.members).not.toContain(carol.id);
    const declared = messagesIn(channel.id);
    expect(JSON.stringify(declared[0]!.blocks)).toContain(definition.briefing);
    expect(JSON.stringify(declared[1]!.blocks)).toContain("Ghost Nobody"); // not found in Slack, said so
    const joined = (await staffTimeline(drillId)).filter((event) => event.kind === "participant.joined").map((event) => event.actor.name);
    expect(joined.sort()).toEqual(["Alice Kim", "Bob Lee"]);

    // A paged alert, acknowledged from Slack: the first click wins.
    await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-2" } } });
    await slack.outboxDrained(drillId);
    const page = messagesIn(channel.id).at(-1)!;
    expect(JSON.stringify(page.blocks)).toContain(ALERT_ACK_ACTION);
    // Two people click at once, before the message changes: one acknowledgement, the other is told who won.
    const clicks = await Promise.all([bob, alice].map((person) => slack.emulator.driver.click(person.id, channel.id, page.ts, ALERT_ACK_ACTION)));
    expect(clicks.map((click) => click.status)).toEqual([200, 200]);
    await slack.settled();
    await slack.outboxDrained(drillId);
    const acknowledged = (await staffTimeline(drillId)).filter((event) => event.kind === "alert.acknowledged" || event.kind === "milestone.recorded");
    expect(acknowledged.map((event) => event.kind)).toEqual(["alert.acknowledged", "milestone.recorded"]);
    const winner = acknowledged[0]!.actor.name;
    expect(acknowledged[1]!.actor.name).toBe(winner);
    const loserClick = clicks[winner === "Bob Lee" ? 1 : 0]!;
    expect((await loserClick.awaitResponse()).text).toContain(`already acknowledged by ${winner}`);
    const updated = slack.emulator.state.findMessage(channel.id, page.ts)!;
    expect(JSON.stringify(updated.blocks)).toContain(`Acknowledged by *${winner}*`);
    expect(JSON.stringify(updated.blocks)).not.toContain(ALERT_ACK_ACTION);

    // People talk: a message with a mention, a thread reply, an edit, a reaction, a deletion.
    // (Each settles before the next, as people type; out-of-order arrival is the fold's test.)
    const first = await slack.emulator.driver.post(alice.id, channel.id, `<@${bob.id}> redis is *down* &lt;script&gt;`);
    await slack.settled();
    const reply = await slack.emulator.driver.post(bob.id, channel.id, "looking at the pool", { threadTs: first.ts });
    await slack.settled();
    await slack.emulator.driver.edit(alice.id, channel.id, first.ts, `<@${bob.id}> redis is *timing out*`);
    await slack.settled();
    await slack.emulator.driver.react(bob.id, channel.id, first.ts, "eyes");
    await slack.settled();
    await slack.emulator.driver.remove(bob.id, channel.id, reply.ts);
    await slack.settled();
    const chat = (await staffTimeline(drillId)).filter((event) => event.kind.startsWith("chat."));
    const message = chat.find((event) => event.kind === "chat.message" && event.body.ts === first.ts)!;
    expect(message).toMatchObject({ actor: { name: "Alice Kim" }, body: { text: `<@${bob.id}> redis is *down* &lt;script&gt;`, mentions: { [bob.id]: "Bob Lee" }, parentSeq: null } });
    expect(chat.map((event) => event.kind)).toEqual(["chat.message", "chat.message", "chat.edited", "chat.reaction", "chat.deleted"]);
    expect(chat[1]).toMatchObject({ actor: { name: "Bob Lee" }, body: { threadTs: first.ts, parentSeq: message.id } });
    expect(chat[2]).toMatchObject({ body: { messageSeq: message.id, text: `<@${bob.id}> redis is *timing out*` } });
    expect(chat[3]).toMatchObject({ body: { messageSeq: message.id, reaction: "eyes" } });
    expect(chat[4]).toMatchObject({ body: { messageSeq: chat[1]!.id } });

    // /drill from the channel, answered to the person only.
    const status = await slack.emulator.driver.command(bob.id, channel.id, "status");
    expect((await status.awaitResponse()).text).toContain("Checkout errors");
    const unknown = await slack.emulator.driver.command(alice.id, channel.id, "reboot prod");
    expect(JSON.stringify((await unknown.awaitResponse()).body)).toContain("is not a /drill command");
    const escalate = await slack.emulator.driver.command(alice.id, channel.id, "escalate DBA");
    expect((await escalate.awaitResponse()).text).toContain("Escalated to DBA");
    const mitigated = await slack.emulator.driver.command(alice.id, channel.id, "mitigated");
    expect((await mitigated.awaitResponse()).text).toContain("Recorded: mitigated");
    await slack.outboxDrained(drillId);
    expect(slack.emulator.state.channels.get(channel.id)!.members).toContain(carol.id);
    const milestones = await prisma().milestone.findMany({ where: { drillId }, orderBy: { reachedOffsetMs: "asc" } });
    expect(milestones.map((row) => [row.milestone, row.recordedBy])).toEqual([
      ["acknowledged", winner],
      ["escalated", "Alice Kim"],
      ["mitigated", "Alice Kim"],
    ]);

    // An observer's note stays with staff.
    const note = marker("observer-note");
    await addNote({ ctx: { actor: observer }, input: { drillId, data: { text: note } } });

    // A hint, then the end: a summary; the channel stays open for the debrief.
    await releaseHint({ ctx, input: { drillId, data: {} } });
    await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated", note: "" } } });
    await slack.outboxDrained(drillId);
    const texts = messagesIn(channel.id).filter((stored) => stored.bot_id).map((stored) => stored.text);
    expect(texts.at(-3)).toMatch(/Hint 1/);
    expect(texts.at(-2)).toMatch(/mitigated/i);
    expect(texts.at(-1)).toMatch(/Give feedback/);
    expect(slack.emulator.state.channels.get(channel.id)!.is_archived).toBe(false);
    expect(await prisma().chatOutbox.count({ where: { drillId, status: { not: "sent" } } })).toBe(0);

    // Nothing the bot said carried what participants must not know.
    const said = JSON.stringify(slack.emulator.state.calls.filter((call) => call.args.channel === channel.id || call.method === "conversations.create"));
    // The hint never released and the alert never fired are the upcoming script.
    const upcoming = [definition.alerts![2]!.title, definition.hints![1]!.text];
    for (const secret of [definition.rootCause, ...definition.modelAnswer, note, ...upcoming, ...definition.injections!.map((step) => step.name)])
      expect(said, secret).not.toContain(secret);

    // The debrief: in review the reveal is said in the channel, still open; the close links the report, then archives.
    await beginReview({ ctx, input: { drillId } });
    await revealAnswer({ ctx, input: { drillId } });
    await slack.outboxDrained(drillId);
    const revealed = messagesIn(channel.id).filter((stored) => stored.bot_id).at(-1)!;
    expect(JSON.stringify(revealed.blocks)).toContain(definition.rootCause);
    expect(JSON.stringify(revealed.blocks)).toContain(definition.modelAnswer[0]);
    expect(slack.emulator.state.channels.get(channel.id)!.is_archived).toBe(false);
    await closeDrill({ ctx, input: { drillId } });
    await slack.outboxDrained(drillId);
    expect(messagesIn(channel.id).filter((stored) => stored.bot_id).at(-1)!.text).toContain(`/drills/${drillId}/report`);
    expect(slack.emulator.state.channels.get(channel.id)!.is_archived).toBe(true);
    expect(await prisma().chatOutbox.count({ where: { drillId, status: { not: "sent" } } })).toBe(0);
  });
});
