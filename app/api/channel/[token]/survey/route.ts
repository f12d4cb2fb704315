import { linkHolder } from "@/lib/identity/link-holder";
import { participantKeyOf } from "@/lib/channel/participant-key";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { answerSurveyInChannel } from "@/lib/survey/answer-in-channel";
import { getSurveyFormInChannel } from "@/lib/survey/get-form";
import { surveyAnswerSchema } from "@/lib/survey/schemas";

/** The survey as the holder of the `X-Participant-Key` sees it. */
export const GET = withRoute({ params: tokenParams, actor: linkHolder, handler: ({ ctx, params, request }) => getSurveyFormInChannel({ ctx, input: { token: params.token, secret: participantKeyOf(request) } }) });

/** Answered as the key's holder (a roster member's personal link counts before they ever joined): 201 first, 200 for an edit. */
export const PUT = withRoute({
  params: tokenParams,
  actor: linkHolder,
  // The link and the key, checked before the body is read: reading the form resolves both.
  checkCaller: async ({ ctx, params, request }) => {
    await getSurveyFormInChannel({ ctx, input: { token: params.token, secret: participantKeyOf(request) } });
  },
  body: surveyAnswerSchema,
  handler: async ({ ctx, params, body, request }) => {
    const receipt = await answerSurveyInChannel({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } });
    return Response.json(receipt, { status: !receipt.anonymous && receipt.edited ? 200 : 201 });
  },
});
