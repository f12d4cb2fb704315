import { prisma } from "../../lib/db/client";
import { anonymousActor, type Ctx } from "../../lib/context";
import { createDrill } from "../../lib/drills/create";
import { endDrill } from "../../lib/drills/end";
import { getDrill } from "../../lib/drills/get";
import { startDrill } from "../../lib/drills/start";
import { personalKey as derivePersonalKey } from "../../lib/drills/roster/personal-key";
import type { SurveyAnswerInput } from "../../lib/survey/schemas";
import { createTestScenario, marker, staffCtx } from "../factories";
import { makeRoster } from "../support/roster";

export const system: Ctx = staffCtx({ type: "system", name: "survey test setup" });
export const guestCtx: Ctx = { actor: anonymousActor };

/** A named answer to the three required scales, with a "why" that a test can search for. */
export function answerOf(scores: [number, number, number] = [3, 4, 5], why = marker("why")): SurveyAnswerInput & { answers: Record<string, { score?: number; text?: string }> } {
  return { answers: { difficulty: { score: scores[0], text: why }, usefulness: { score: scores[1] }, enjoyment: { score: scores[2] } } };
}

/** A built-in channel drill with the reference roster, started; ended unless asked to stay running. */
export async function surveyDrill(options: { end?: boolean } = {}) {
  const { scenario } = await createTestScenario({}, system);
  const { id: drillId } = await createDrill({ ctx: system, input: { scenarioId: scenario.id, roster: makeRoster(), chatProvider: "builtin" } });
  await startDrill({ ctx: system, input: { drillId } });
  const { channelToken } = await getDrill({ ctx: system, input: { id: drillId } });
  if (options.end !== false) await endDrill({ ctx: system, input: { drillId, data: { outcome: "mitigated" } } });
  return { drillId, token: channelToken! };
}

export async function endSurveyDrill(drillId: string) {
  await endDrill({ ctx: system, input: { drillId, data: { outcome: "mitigated" } } });
}

/** A roster member's personal-link key, as the control room would show it. */
export async function personalKeyOf(drillId: string, name: string): Promise<string> {
  const member = await prisma().rosterMember.findFirstOrThrow({ where: { drillId, name } });
  return derivePersonalKey(member.id);
}

export async function storedRows(drillId: string) {
  const [answers, respondents] = await Promise.all([prisma().surveyAnswer.findMany({ where: { drillId } }), prisma().surveyRespondent.findMany({ where: { drillId } })]);
  return { answers, respondents };
}
