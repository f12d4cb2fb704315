import type { Ctx } from "../context";
import { nowOf } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { enterBuiltinChannel } from "../channel/get-channel";
import { recordAnswer, type AnswerReceipt } from "./record-answer";
import { respondentOfKey } from "./respondent";
import type { SurveyAnswerInput } from "./schemas";

/** A participant's answer from the built-in channel: the respondent is the holder of the key, as for their messages. */
export async function answerSurveyInChannel({ ctx, input }: { ctx: Ctx; input: { token: string; secret?: string | null; data: SurveyAnswerInput | unknown } }): Promise<AnswerReceipt> {
  const { drill, ctx: guest } = await enterBuiltinChannel(ctx, input.token);
  return mutateDrill(guest, drill.id, "answer_survey", async (tx, locked) => {
    const respondent = await respondentOfKey(tx, locked.id, input.secret);
    return recordAnswer(tx, locked, respondent, input.data, nowOf(ctx));
  });
}
