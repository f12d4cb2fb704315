import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { answerSurvey } from "@/lib/survey/answer-survey";
import { getSurveyForm } from "@/lib/survey/get-form";
import { surveyAnswerSchema } from "@/lib/survey/schemas";

/** The signed-in person's survey: the questions, whether it is open, and their own named answer. */
export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getSurveyForm({ ctx, input: { drillId: params.id } }) });

/** `{anonymous?, answers: {<questionId>: {score?, text?}}}`: 201 when first given, 200 when a named answer is edited. */
export const PUT = withRoute({
  params: idParams,
  body: surveyAnswerSchema,
  permission: permissionsFor("answer_survey"),
  handler: async ({ ctx, params, body }) => {
    const receipt = await answerSurvey({ ctx, input: { drillId: params.id, data: body } });
    return Response.json(receipt, { status: !receipt.anonymous && receipt.edited ? 200 : 201 });
  },
});
