import pino from "pino";
import { describe, expect, it } from "vitest";
import { GET as channelSurveyRoute, PUT as answerInChannelRoute } from "../../app/api/channel/[token]/survey/route";
import { GET as resultsRoute } from "../../app/api/drills/[id]/survey/results/route";
import { GET as surveyRoute, PUT as answerRoute } from "../../app/api/drills/[id]/survey/route";
import { joinChannel } from "../../lib/channel/join-channel";
import { logger } from "../../lib/logger";
import { callerAs } from "../auth";
import { marker } from "../factories";
import { answerOf, endSurveyDrill, guestCtx, personalKeyOf, storedRows, surveyDrill } from "./support";

const observerCaller = callerAs("observer");
const url = "http://drillroom.test/api";
const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });
const staffRequest = (method: string, body?: unknown) => new Request(url, { method, headers: observerCaller.headers(), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const channelRequest = (method: string, key: string | null, body?: unknown) =>
  new Request(url, { method, headers: key ? { "x-participant-key": key } : {}, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

/** Everything the app's logger writes while `run` runs, at every level. */
async function logsDuring(run: () => Promise<unknown>): Promise<string> {
  const stream = (logger as unknown as Record<symbol, { write: (chunk: string) => boolean }>)[pino.symbols.streamSym]!;
  const write = stream.write;
  const level = logger.level;
  const lines: string[] = [];
  stream.write = (chunk: string) => lines.push(String(chunk)) > 0;
  logger.level = "trace";
  try {
    await run();
    logger.child({ probe: true }).trace("capture check");
  } finally {
    stream.write = write;
    logger.level = level;
  }
  return lines.join("");
}

describe("the survey's routes", () => {
  it("answers staff: 201 first, 200 for an edit, 422 naming the path, and the results", async () => {
    const { drillId } = await surveyDrill();
    const form = await surveyRoute(staffRequest("GET"), params({ id: drillId }));
    expect(form.status).toBe(200);
    expect(await form.json()).toMatchObject({ open: true, answered: "no", mine: null, questions: expect.arrayContaining([expect.objectContaining({ id: "difficulty", kind: "scale", low: "Far too easy" })]) });

    expect((await answerRoute(staffRequest("PUT", answerOf([2, 2, 2])), params({ id: drillId }))).status).toBe(201);
    const edited = await answerRoute(staffRequest("PUT", answerOf([3, 3, 3], "on reflection")), params({ id: drillId }));
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ anonymous: false, edited: true, answers: { difficulty: { score: 3, text: "on reflection" } } });

    const bad = await answerRoute(staffRequest("PUT", { answers: { difficulty: { score: 9 }, usefulness: { score: 3 }, enjoyment: { score: 3 } } }), params({ id: drillId }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([{ path: "answers.difficulty.score", message: "must be a whole number from 1 to 5" }]);

    const results = await resultsRoute(staffRequest("GET"), params({ id: drillId }));
    expect(results.status).toBe(200);
    expect(await results.json()).toMatchObject({ answers: 1, named: 1, anonymous: 0, questions: expect.arrayContaining([expect.objectContaining({ id: "difficulty", shown: false, distribution: null })]) });
  });

  it("answers the holder of the participant key in the channel, and logs nothing of an anonymous answer", async () => {
    const { drillId, token } = await surveyDrill({ end: false });
    const name = marker("Quiet Quinn");
    const guest = await joinChannel({ ctx: guestCtx, input: { token, data: { displayName: name } } });
    await endSurveyDrill(drillId);
    const why = marker("what-i-really-think");

    expect((await answerInChannelRoute(channelRequest("PUT", null, answerOf()), params({ token }))).status).toBe(401);
    expect((await answerInChannelRoute(channelRequest("PUT", "drp_forged", { answers: "not even answers" }), params({ token }))).status).toBe(403);
    let status = 0;
    const logs = await logsDuring(async () => {
      status = (await answerInChannelRoute(channelRequest("PUT", guest.secret!, { ...answerOf([1, 2, 1], why), anonymous: true }), params({ token }))).status;
    });
    expect(status).toBe(201);
    expect(logs).toContain("capture check"); // the capture was live while the answer was recorded
    for (const leak of [name, guest.secret!, why, guest.participantId]) expect(logs).not.toContain(leak);

    const again = await answerInChannelRoute(channelRequest("PUT", guest.secret!, answerOf()), params({ token }));
    expect(again.status).toBe(409);
    expect((await again.json()).title).toMatch(/anonymous answer cannot be changed/);
    const form = await channelSurveyRoute(channelRequest("GET", guest.secret!), params({ token }));
    expect(await form.json()).toMatchObject({ answered: "anonymous", mine: null, respondent: { name } });

    const named = await answerInChannelRoute(channelRequest("PUT", await personalKeyOf(drillId, "Mina Newest"), answerOf()), params({ token }));
    expect(named.status).toBe(201);
    expect((await storedRows(drillId)).answers.map((answer) => answer.respondentName).sort()).toEqual(["Mina Newest", null]);
  });
});
