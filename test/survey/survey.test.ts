import { describe, expect, it } from "vitest";
import { joinChannel } from "../../lib/channel/join-channel";
import { participantActor } from "../../lib/channel/channel-participant";
import { slackParticipantActor } from "../../lib/channel/slack/inbound/people";
import { prisma } from "../../lib/db/client";
import { ConflictError, ForbiddenError, InvalidStateError } from "../../lib/errors";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { answerSurveyInChannel } from "../../lib/survey/answer-in-channel";
import { answerSurvey } from "../../lib/survey/answer-survey";
import { getSurveyForm, getSurveyFormInChannel } from "../../lib/survey/get-form";
import { getSurveyResults } from "../../lib/survey/get-results";
import { createTestUser } from "../auth";
import { marker, rejectionOf } from "../factories";
import { answerOf, endSurveyDrill, guestCtx, personalKeyOf, storedRows, surveyDrill, system } from "./support";

describe("one answer per person", () => {
  it("lets a staff member edit their named answer in place, and refuses turning it anonymous", async () => {
    const { drillId } = await surveyDrill();
    const staff = { actor: (await createTestUser("observer", "Olga Observer")).actor };
    expect(await answerSurvey({ ctx: staff, input: { drillId, data: answerOf([2, 2, 2], "first try") } })).toMatchObject({ anonymous: false, edited: false });
    const edited = await answerSurvey({ ctx: staff, input: { drillId, data: answerOf([4, 4, 4], "thought again") } });
    expect(edited).toMatchObject({ anonymous: false, edited: true, answers: { difficulty: { score: 4, text: "thought again" } } });

    const switched = await rejectionOf(answerSurvey({ ctx: staff, input: { drillId, data: { ...answerOf(), anonymous: true } } }));
    expect(switched).toBeInstanceOf(ConflictError);
    expect(switched.message).toMatch(/under your name/);

    const { answers, respondents } = await storedRows(drillId);
    expect(respondents).toHaveLength(1);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ anonymous: false, respondentName: "Olga Observer", answers: { difficulty: { score: 4, text: "thought again" } } });
    const form = await getSurveyForm({ ctx: staff, input: { drillId } });
    expect(form).toMatchObject({ open: true, answered: "named", respondent: { name: "Olga Observer" }, mine: { difficulty: { score: 4 } } });
  });

  it("keeps a guest to their own key: a second key is a second person, the same key edits", async () => {
    const { drillId, token } = await surveyDrill({ end: false });
    const wes = await joinChannel({ ctx: guestCtx, input: { token, data: { displayName: "Walk-in Wes" } } });
    const vic = await joinChannel({ ctx: guestCtx, input: { token, data: { displayName: "Visiting Vic" } } });
    await endSurveyDrill(drillId);
    await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: wes.secret, data: answerOf([1, 1, 1]) } });
    expect(await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: wes.secret, data: answerOf([2, 2, 2]) } })).toMatchObject({ edited: true });
    await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: vic.secret, data: answerOf([5, 5, 5]) } });
    const { answers } = await storedRows(drillId);
    expect(answers.map((answer) => [answer.respondentName, (answer.answers as { difficulty: { score: number } }).difficulty.score]).sort()).toEqual([
      ["Visiting Vic", 5],
      ["Walk-in Wes", 2],
    ]);
  });

  it("treats a roster member's personal link and their participant row as one person", async () => {
    const { drillId, token } = await surveyDrill({ end: false });
    const key = await personalKeyOf(drillId, "Mina Newest");
    const joined = await joinChannel({ ctx: guestCtx, input: { token, secret: key, data: {} } });
    await endSurveyDrill(drillId);

    await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: key, data: answerOf([3, 3, 3]) } });
    const participant = await prisma().participant.findUniqueOrThrow({ where: { id: joined.participantId } });
    const again = await answerSurvey({ ctx: { actor: participantActor(participant) }, input: { drillId, data: answerOf([5, 5, 5], "by my participant row") } });
    expect(again).toMatchObject({ anonymous: false, edited: true });
    // A personal link never opened during the drill still answers, as the same roster entry.
    const ahn = await personalKeyOf(drillId, "Ahn Newest");
    await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: ahn, data: answerOf() } });

    const { answers, respondents } = await storedRows(drillId);
    expect(respondents).toHaveLength(2);
    expect(answers.map((answer) => answer.respondentName).sort()).toEqual(["Ahn Newest", "Mina Newest"]);
    expect(answers.find((answer) => answer.respondentName === "Mina Newest")!.answers).toMatchObject({ difficulty: { score: 5, text: "by my participant row" } });
  });

  it("knows a Slack user on the roster (by Slack id) from their personal link, and an anonymous answer by one way closes the other", async () => {
    const { drillId, token } = await surveyDrill();
    const ian = await slackParticipantActor(prisma(), drillId, "U0IAN", "ian.slack");
    await answerSurvey({ ctx: { actor: ian }, input: { drillId, data: answerOf([1, 2, 3]) } });
    const viaLink = await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: await personalKeyOf(drillId, "Ian Commander"), data: answerOf([3, 2, 1]) } });
    expect(viaLink).toMatchObject({ edited: true });
    expect((await storedRows(drillId)).answers).toEqual([expect.objectContaining({ respondentName: "Ian Commander", answers: expect.objectContaining({ difficulty: expect.objectContaining({ score: 3 }) }) })]);

    // Seo, on the roster with a Slack id, answers anonymously by the link: the Slack way is then closed to him too.
    const seoKey = await personalKeyOf(drillId, "Seo Senior");
    await prisma().rosterMember.updateMany({ where: { drillId, name: "Seo Senior" }, data: { slackId: "U0SEO" } });
    expect(await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: seoKey, data: { ...answerOf(), anonymous: true } } })).toEqual({ anonymous: true });
    const seo = await slackParticipantActor(prisma(), drillId, "U0SEO", "seo.slack");
    for (const anonymous of [false, true]) {
      const refused = await rejectionOf(answerSurvey({ ctx: { actor: seo }, input: { drillId, data: { ...answerOf(), anonymous } } }));
      expect(refused).toBeInstanceOf(ConflictError);
      expect(refused.message).toMatch(/anonymously: an anonymous answer cannot be changed/);
    }
    expect((await getSurveyFormInChannel({ ctx: guestCtx, input: { token, secret: seoKey } })).answered).toBe("anonymous");
    expect((await storedRows(drillId)).answers).toHaveLength(2);
  });
});

describe("anonymous answers", () => {
  it("keep no author, no time and a random id, and leave nothing in the audit or the timeline", async () => {
    const { drillId, token } = await surveyDrill({ end: false });
    const name = marker("Anna Nymous");
    const guest = await joinChannel({ ctx: guestCtx, input: { token, data: { displayName: name } } });
    await endSurveyDrill(drillId);
    const since = new Date(Date.now() - 1000);
    const eventsBefore = await prisma().timelineEvent.count({ where: { drillId } });
    const secretWhy = marker("anonymous-why");

    await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: guest.secret, data: { ...answerOf([1, 1, 1], secretWhy), anonymous: true } } });

    const { answers, respondents } = await storedRows(drillId);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ anonymous: true, respondentKey: null, respondentName: null, updatedAt: null });
    expect(answers[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Who answered is kept (so they answer once), apart from what they answered.
    expect(respondents).toHaveLength(1);
    expect(JSON.stringify(respondents)).not.toContain(secretWhy);

    const audit = await prisma().auditEntry.findMany({ where: { at: { gte: since } } });
    const events = await prisma().timelineEvent.findMany({ where: { drillId } });
    expect(events).toHaveLength(eventsBefore);
    const asText = (rows: unknown) => JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    for (const text of [asText(audit), asText(events)]) {
      expect(text).not.toContain(secretWhy);
      expect(text).not.toContain(guest.secret!);
    }
  });

  it("are final, and their comments show without a name once 3 answers hide who said what", async () => {
    const { drillId, token } = await surveyDrill();
    const staff = { actor: (await createTestUser("facilitator", "Fred Facilitator")).actor };
    const anonymousWhy = marker("too fast");
    await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: await personalKeyOf(drillId, "Kim Lead"), data: { ...answerOf([2, 2, 2], anonymousWhy), anonymous: true } } });
    const final = await rejectionOf(answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: await personalKeyOf(drillId, "Kim Lead"), data: answerOf() } }));
    expect(final).toBeInstanceOf(ConflictError);
    await answerSurvey({ ctx: staff, input: { drillId, data: answerOf([4, 3, 3], "tight") } });

    const two = await getSurveyResults({ ctx: system, input: { drillId } });
    expect(two).toMatchObject({ answers: 2, anonymous: 1, named: 1 });
    const hidden = two.questions.find((question) => question.id === "difficulty")!;
    expect(hidden).toMatchObject({ answered: 2, shown: false, distribution: null, average: null });
    expect(hidden.comments).toEqual([{ text: "tight", by: "Fred Facilitator", score: 4 }]);

    await answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: await personalKeyOf(drillId, "Park Senior"), data: answerOf([5, 5, 5], "loved it") } });
    const three = await getSurveyResults({ ctx: system, input: { drillId } });
    const shown = three.questions.find((question) => question.id === "difficulty")!;
    expect(shown).toMatchObject({ answered: 3, shown: true, distribution: [0, 1, 0, 1, 1], average: 3.67 });
    expect(shown.comments).toEqual(expect.arrayContaining([{ text: anonymousWhy, by: null, score: null }, { text: "loved it", by: "Park Senior", score: 5 }]));
    expect(three.questions.find((question) => question.id === "usefulness")).toMatchObject({ distribution: [0, 1, 1, 0, 1], average: 3.33 });
  });
});

describe("validation", () => {
  const scales = { difficulty: { score: 3 }, usefulness: { score: 3 }, enjoyment: { score: 3 } };
  const cases: [string, unknown, string][] = [
    ["an unknown question", { answers: { ...scales, nope: { text: "x" } } }, "answers.nope"],
    ["a score of 0", { answers: { ...scales, difficulty: { score: 0 } } }, "answers.difficulty.score"],
    ["a score of 6", { answers: { ...scales, difficulty: { score: 6 } } }, "answers.difficulty.score"],
    ["a score of 2.5", { answers: { ...scales, difficulty: { score: 2.5 } } }, "answers.difficulty.score"],
    ['a score of "5"', { answers: { ...scales, difficulty: { score: "5" } } }, "answers.difficulty.score"],
    ["a NUL in a text", { answers: { ...scales, keep: { text: "a\u0000b" } } }, "answers.keep.text"],
    ["a huge text", { answers: { ...scales, change: { text: "x".repeat(5000) } } }, "answers.change.text"],
    ["a missing required scale", { answers: { difficulty: { score: 3 }, enjoyment: { score: 3 } } }, "answers.usefulness.score"],
  ];

  it.each(cases)("refuses %s with a 422 naming the path, and saves nothing", async (_what, data, path) => {
    const { drillId, token } = await surveyDrill();
    const staff = { actor: (await createTestUser("observer")).actor };
    for (const attempt of [
      () => answerSurvey({ ctx: staff, input: { drillId, data } }),
      async () => answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: await personalKeyOf(drillId, "Mina Newest"), data } }),
    ]) {
      const error = (await rejectionOf(attempt())) as Error & { status?: number; problems?: { path: string }[] };
      expect(error.status).toBe(422);
      expect(error.problems?.map((problem) => problem.path)).toContain(path);
    }
    expect(await storedRows(drillId)).toEqual({ answers: [], respondents: [] });
  });
});

describe("the survey's window and who may answer", () => {
  it("opens at the end and closes at the close, saying why", async () => {
    const { drillId } = await surveyDrill({ end: false });
    const staff = { actor: (await createTestUser("facilitator")).actor };
    const early = await rejectionOf(answerSurvey({ ctx: staff, input: { drillId, data: answerOf() } }));
    expect(early).toBeInstanceOf(InvalidStateError);
    expect(early.message).toMatch(/^Cannot answer the survey: .+\./);
    expect(await getSurveyForm({ ctx: staff, input: { drillId } })).toMatchObject({ open: false, closedBecause: "The survey opens when the drill ends." });

    await endSurveyDrill(drillId);
    await beginReview({ ctx: system, input: { drillId } });
    await answerSurvey({ ctx: staff, input: { drillId, data: answerOf() } });
    await closeDrill({ ctx: system, input: { drillId } });
    const late = await rejectionOf(answerSurvey({ ctx: staff, input: { drillId, data: answerOf([1, 1, 1]) } }));
    expect(late).toBeInstanceOf(InvalidStateError);
    expect((late as InvalidStateError).status).toBe(409);
    expect(await getSurveyForm({ ctx: staff, input: { drillId } })).toMatchObject({ open: false, closedBecause: expect.stringMatching(/closed/), answered: "named" });
    expect((await storedRows(drillId)).answers[0]!.answers).toMatchObject({ difficulty: { score: 3 } });
  });

  it("refuses share-link viewers and another drill's participant key", async () => {
    const { drillId, token } = await surveyDrill({ end: false });
    const other = await surveyDrill({ end: false });
    const stranger = await joinChannel({ ctx: guestCtx, input: { token: other.token, data: { displayName: "Elsewhere Eve" } } });
    await endSurveyDrill(drillId);
    const link = await createShareLink({ ctx: system, input: { drillId, data: { label: "managers" } } });
    const viewer = { actor: { type: "viewer" as const, id: link.id, name: "share link", drillId } };

    expect(await rejectionOf(answerSurvey({ ctx: viewer, input: { drillId, data: answerOf() } }))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: stranger.secret, data: answerOf() } }))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(answerSurveyInChannel({ ctx: guestCtx, input: { token, secret: await personalKeyOf(other.drillId, "Mina Newest"), data: answerOf() } }))).toBeInstanceOf(ForbiddenError);
    expect(await storedRows(drillId)).toEqual({ answers: [], respondents: [] });
  });
});
