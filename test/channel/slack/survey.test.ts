import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SURVEY_OPEN_ACTION } from "../../../lib/chat/slack/blocks/feedback";
import { SURVEY_CALLBACK_ID } from "../../../lib/chat/slack/blocks/survey-modal";
import { prisma } from "../../../lib/db/client";
import { logger } from "../../../lib/logger";
import { endDrill } from "../../../lib/drills/end";
import { getReport } from "../../../lib/review/get-report";
import { surveyResultsOf } from "../../../lib/survey/get-results";
import type { OpenView } from "../../../tools/slack-emulator";
import { marker, staffCtx } from "../../factories";
import { declareSlackDrill, startSlackHarness, type SlackHarness } from "../../support/slack-harness";

const ctx = staffCtx();
let slack: SlackHarness;
const people = { alice: { id: "", name: "Alice Kim", email: "alice@example.test" }, bob: { id: "", name: "Bob Lee", email: "bob@example.test" }, carol: { id: "", name: "Carol Park", email: "carol@example.test" } };
let dave: { id: string };
let drillId: string;
let channelId: string;
let buttonTs: string;

beforeAll(async () => {
  slack = await startSlackHarness();
  for (const person of Object.values(people)) person.id = slack.emulator.driver.addUser({ name: person.name.split(" ")[0]!.toLowerCase(), realName: person.name, email: person.email }).id;
  // Not on the roster: joined the channel on their own, known to the survey only by their Slack id.
  dave = slack.emulator.driver.addUser({ name: "dave", realName: "Dave Choi", email: "dave@example.test" });
  ({ drillId, channelId } = await declareSlackDrill(slack, Object.values(people)));
  await slack.emulator.driver.join(dave.id, channelId);
  await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated", note: "" } } });
  await slack.outboxDrained(drillId);
  await slack.settled();
});
afterAll(() => slack.close());

/** Clicks "Give feedback" as this person and returns the modal the app opened for them (or undefined, and the click). */
async function openSurvey(userId: string): Promise<{ view: OpenView | undefined; click: Awaited<ReturnType<SlackHarness["emulator"]["driver"]["click"]>> }> {
  const before = new Set(slack.emulator.driver.openViews(userId).map((open) => open.view.id));
  const click = await slack.emulator.driver.click(userId, channelId, buttonTs, SURVEY_OPEN_ACTION);
  await slack.settled();
  return { view: slack.emulator.driver.openViews(userId).find((open) => !before.has(open.view.id)), click };
}

/** Everything the app's logger writes while `run` runs, at every level. */
async function logsDuring<T>(run: () => Promise<T>): Promise<{ result: T; logs: string }> {
  const stream = (logger as unknown as Record<symbol, { write: (chunk: string) => boolean }>)[pino.symbols.streamSym]!;
  const write = stream.write;
  const level = logger.level;
  const lines: string[] = [];
  stream.write = (chunk: string) => lines.push(String(chunk)) > 0;
  logger.level = "trace";
  try {
    const result = await run();
    logger.child({ probe: true }).trace("capture check");
    return { result, logs: lines.join("") };
  } finally {
    stream.write = write;
    logger.level = level;
  }
}

const inputIds = (view: OpenView) => view.view.blocks.filter((block) => block.type === "input").map((block) => block.block_id);

describe("the survey in Slack", () => {
  it("posts a Give feedback button when the drill ends", () => {
    const posted = slack.emulator.state.messagesOf(channelId).filter((message) => message.bot_id);
    const feedback = posted.at(-1)!;
    expect(feedback.text).toContain("Give feedback");
    expect(JSON.stringify(feedback.blocks)).toContain(SURVEY_OPEN_ACTION);
    expect(JSON.stringify(feedback.blocks)).toContain(drillId);
    expect(posted.at(-2)!.text).toMatch(/mitigated/i); // after the summary
    buttonTs = feedback.ts;
  });

  it("opens the survey in a modal, records the answer as the person, and shows it in the results and the report", async () => {
    const { view } = await openSurvey(people.alice.id);
    expect(view, "a modal was opened").toBeDefined();
    expect(view!.view).toMatchObject({ callback_id: SURVEY_CALLBACK_ID, type: "modal", submit: { text: "Send" } });
    expect(JSON.parse(String(view!.view.private_metadata))).toEqual({ drillId, channelId });
    expect(inputIds(view!)).toEqual(["score:difficulty", "text:difficulty", "score:usefulness", "text:usefulness", "score:enjoyment", "text:enjoyment", "text:change", "text:keep", "anonymous"]);
    expect(JSON.stringify(view!.view.blocks)).toContain("How hard was it?");
    expect(JSON.stringify(view!.view.blocks)).toContain("Far too hard");

    const why = marker("why-hard");
    const result = await slack.emulator.driver.submitView(people.alice.id, view!.view.id, {
      values: { "score:difficulty": "4", "text:difficulty": why, "score:usefulness": "5", "score:enjoyment": "3", "text:keep": "the pager drill" },
    });
    expect(result.outcome).toEqual({ kind: "closed" });
    await slack.settled();

    const results = await surveyResultsOf(prisma(), drillId);
    expect(results).toMatchObject({ answers: 1, named: 1, anonymous: 0 });
    expect(results.questions.find((question) => question.id === "difficulty")!.comments).toEqual([{ text: why, by: "Alice Kim", score: 4 }]);
    const report = await getReport({ ctx, input: { drillId } });
    expect(report.sections?.survey).toMatchObject({ answers: 1, named: 1 });
    expect(slack.emulator.state.ephemerals.filter((ephemeral) => ephemeral.user === people.alice.id).at(-1)?.text).toContain("Thank you");
    // Interactivity never enters the inbox of events: nothing of the answer is stored beside Slack's deliveries.
    expect(JSON.stringify(await prisma().slackInboundEvent.findMany())).not.toContain(why);
  });

  it("opens a named answer filled in, and records a form submitted twice once", async () => {
    const { view } = await openSurvey(people.alice.id);
    expect(view!.view.submit).toMatchObject({ text: "Save" });
    expect(inputIds(view!)).not.toContain("anonymous"); // a named answer stays named
    const difficulty = view!.view.blocks.find((block) => block.block_id === "score:difficulty") as unknown as { element: { initial_option?: { value: string } } };
    expect(difficulty.element.initial_option?.value).toBe("4");

    const twice = await Promise.all([0, 1].map(() => slack.emulator.driver.submitView(people.alice.id, view!.view.id, { values: { "score:difficulty": "2" } })));
    expect(twice.map((submission) => submission.outcome.kind)).toEqual(["closed", "closed"]);
    const rows = await prisma().surveyAnswer.findMany({ where: { drillId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toMatchObject({ difficulty: { score: 2 }, usefulness: { score: 5 } });
    expect(await prisma().surveyRespondent.count({ where: { drillId } })).toBe(1);
  });

  it("answers an anonymous form submitted twice once, refusing the second on the form, and keeps no Slack id in the answer", async () => {
    const { view } = await openSurvey(dave.id);
    const comment = marker("anonymous-change");
    const values = { "score:difficulty": "1", "score:usefulness": "2", "score:enjoyment": "2", "text:change": comment, anonymous: ["anonymous"] };
    const { result: twice, logs } = await logsDuring(async () => {
      const submitted = await Promise.all([0, 1].map(() => slack.emulator.driver.submitView(dave.id, view!.view.id, { values })));
      await slack.settled();
      return submitted;
    });
    expect(logs).toContain("capture check");
    for (const trace of [comment, dave.id]) expect(logs, trace).not.toContain(trace);
    const outcomes = twice.map((submission) => submission.outcome);
    expect(outcomes).toEqual(expect.arrayContaining([{ kind: "closed" }, { kind: "errors", errors: { anonymous: expect.stringContaining("already answered this survey anonymously") } }]));

    const anonymous = await prisma().surveyAnswer.findMany({ where: { drillId, anonymous: true } });
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]!.answers).toMatchObject({ change: { text: comment } });
    const participant = await prisma().participant.findFirstOrThrow({ where: { drillId, externalId: dave.id } });
    const stored = JSON.stringify(anonymous);
    for (const trace of [dave.id, "Dave Choi", "dave", participant.id]) expect(stored, trace).not.toContain(trace);
    expect(anonymous[0]).toMatchObject({ respondentKey: null, respondentName: null, updatedAt: null });
    // They answered: the button now says so instead of opening a form.
    const again = await openSurvey(dave.id);
    expect(again.view).toBeUndefined();
    expect((await again.click.awaitResponse(2000)).text).toContain("anonymously");
  });

  it("puts an answer without a required score back on the form, on that question's block", async () => {
    const { view } = await openSurvey(people.bob.id);
    const result = await slack.emulator.driver.submitView(people.bob.id, view!.view.id, { values: { "score:difficulty": "3", "score:enjoyment": "3" }, unchecked: true });
    expect(result.outcome).toEqual({ kind: "errors", errors: { "score:usefulness": expect.stringMatching(/required/i) } });
    expect(slack.emulator.driver.openViews(people.bob.id).map((open) => open.view.id)).toContain(view!.view.id);
    expect(await prisma().surveyAnswer.count({ where: { drillId } })).toBe(2);

    // Fixed on the same form, it goes through.
    const fixed = await slack.emulator.driver.submitView(people.bob.id, view!.view.id, { values: { "score:usefulness": "3" } });
    expect(fixed.outcome).toEqual({ kind: "closed" });
    expect(await surveyResultsOf(prisma(), drillId)).toMatchObject({ answers: 3, named: 2, anonymous: 1 });
  });
});
