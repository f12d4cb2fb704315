import type { App, ViewSubmitAction } from "@slack/bolt";
import { parseSurveyModalMetadata, SURVEY_CALLBACK_ID, surveyAnswerOfState, surveyErrorsByBlock, surveyFormErrorBlock } from "../../../../chat/slack/blocks/survey-modal";
import { ValidationError } from "../../../../errors";
import { logger } from "../../../../logger";
import { actAsSlackUser } from "../../inbound/slack-actor";
import { refusalText, slackCtx } from "../context";
import { slackSurvey } from "../survey-port";

/**
 * The survey modal submitted: its values become the survey verb's input, as the Slack user. Problems go back on
 * the form (`response_action: "errors"`); success closes it. Nothing of the payload or the answer is logged, and
 * submissions never enter the Slack inbox: an anonymous answer must leave no trace of who gave it.
 */
export function registerSurveySubmitView(app: App): void {
  app.view<ViewSubmitAction>(SURVEY_CALLBACK_ID, async ({ ack, body, view, client }) => {
    const refuse = async (message: string) => {
      const blockId = surveyFormErrorBlock(view);
      await ack(blockId ? { response_action: "errors", errors: { [blockId]: message } } : undefined);
    };
    const metadata = parseSurveyModalMetadata(view.private_metadata);
    if (!metadata) return refuse("This form is out of date: click Give feedback in the drill channel again.");
    let anonymous: boolean;
    try {
      const acting = await actAsSlackUser(slackCtx, metadata.channelId, body.user.id);
      if (acting.drillId !== metadata.drillId) return refuse("This form belongs to another drill: click Give feedback in the drill channel again.");
      const data = surveyAnswerOfState(view.state.values);
      ({ anonymous } = await slackSurvey().answerSurvey({ ctx: acting.ctx, input: { drillId: metadata.drillId, data } }));
    } catch (error) {
      if (error instanceof ValidationError) return void (await ack({ response_action: "errors", errors: surveyErrorsByBlock(view, error.problems) }));
      return refuse(refusalText(error));
    }
    await ack();
    const text = anonymous ? "Thank you: your anonymous answer was recorded." : "Thank you: your answer was recorded. Click Give feedback again to change it until the drill closes.";
    await client.chat.postEphemeral({ channel: metadata.channelId, user: body.user.id, text }).catch((error: { data?: { error?: string } }) => {
      logger.warn({ slackError: error.data?.error }, "could not thank a person for their survey answer in Slack");
    });
  });
}
