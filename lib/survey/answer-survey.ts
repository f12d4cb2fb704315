import type { Ctx } from "../context";
import { nowOf } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { recordAnswer, type AnswerReceipt } from "./record-answer";
import { respondentOfActor } from "./respondent";
import type { SurveyAnswerInput } from "./schemas";

/** A staff member's, or a Slack participant's, answer to a drill's survey: the respondent is the actor, never a body field. */
export async function answerSurvey({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: SurveyAnswerInput | unknown } }): Promise<AnswerReceipt> {
  return mutateDrill(ctx, input.drillId, "answer_survey", async (tx, drill) => {
    const respondent = await respondentOfActor(tx, drill.id, ctx.actor);
    return recordAnswer(tx, drill, respondent, input.data, nowOf(ctx));
  });
}
