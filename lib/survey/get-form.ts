import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import type { Db } from "../db/client";
import type { Drill } from "../db/generated/client";
import { authorize } from "../auth/authorize";
import { NotFoundError } from "../errors";
import { can } from "../drill-model/state-machine";
import { readDefinition } from "../scenarios/upgrade";
import { enterBuiltinChannel } from "../channel/get-channel";
import { surveyQuestions, type SurveyQuestion } from "./questions";
import { respondentOfActor, respondentOfKey, type Respondent } from "./respondent";
import type { QuestionAnswer } from "./schemas";

/** The survey as one respondent sees it: the questions, whether it is open, and what they answered (named answers only). */
export interface SurveyForm {
  open: boolean;
  /** Why it is not open, in words, when it is not. */
  closedBecause: string | null;
  questions: SurveyQuestion[];
  respondent: { name: string };
  answered: "no" | "named" | "anonymous";
  mine: Record<string, QuestionAnswer> | null;
}

function closedBecause(status: Drill["status"]): string | null {
  if (can(status, "answer_survey")) return null;
  if (status === "closed") return "The survey is closed: the drill's report is final.";
  return "The survey opens when the drill ends.";
}

async function formOf(db: Db, drill: Drill, respondent: Respondent): Promise<SurveyForm> {
  const exercise = drill.exerciseId ? await db.exercise.findUnique({ where: { id: drill.exerciseId }, select: { surveyQuestions: true } }) : null;
  const answered = await db.surveyRespondent.findUnique({ where: { drillId_key: { drillId: drill.id, key: respondent.key } } });
  const named = answered ? await db.surveyAnswer.findUnique({ where: { drillId_respondentKey: { drillId: drill.id, respondentKey: respondent.key } } }) : null;
  const reason = closedBecause(drill.status);
  return {
    open: reason === null,
    closedBecause: reason,
    questions: surveyQuestions(readDefinition(drill.script), exercise),
    respondent: { name: respondent.name },
    answered: !answered ? "no" : named ? "named" : "anonymous",
    mine: named ? (named.answers as Record<string, QuestionAnswer>) : null,
  };
}

/** For signed-in staff (and Slack, acting as the Slack user): the survey as the actor sees it. */
export async function getSurveyForm({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<SurveyForm> {
  authorize(ctx, ["drill.read", "chat.respond"], { drillId: input.drillId });
  const db = dbOf(ctx);
  const drill = await db.drill.findUnique({ where: { id: input.drillId } });
  if (!drill) throw new NotFoundError("Drill", input.drillId);
  return formOf(db, drill, await respondentOfActor(db, drill.id, ctx.actor));
}

/** For the built-in channel: the survey as the holder of the participant key sees it. */
export async function getSurveyFormInChannel({ ctx, input }: { ctx: Ctx; input: { token: string; secret?: string | null } }): Promise<SurveyForm> {
  const { drill } = await enterBuiltinChannel(ctx, input.token);
  const db = dbOf(ctx);
  return formOf(db, drill, await respondentOfKey(db, drill.id, input.secret));
}
