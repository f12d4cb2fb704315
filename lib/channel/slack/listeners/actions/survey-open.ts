import type { App, BlockButtonAction } from "@slack/bolt";
import { parseSurveyOpenValue, SURVEY_OPEN_ACTION } from "../../../../chat/slack/blocks/feedback";
import { refusalReply } from "../../../../chat/slack/blocks/replies";
import { surveyModal } from "../../../../chat/slack/blocks/survey-modal";
import { actAsSlackUser } from "../../inbound/slack-actor";
import { refusalText, slackCtx } from "../context";
import { slackSurvey } from "../survey-port";

const ANSWERED_ANONYMOUSLY = "You have already answered this survey anonymously. An anonymous answer is final: nothing links it to you, so it cannot be edited.";

/** "Give feedback": the survey as the clicking person sees it, in a modal (their named answer filled in); or why it cannot open. */
export function registerSurveyOpenAction(app: App): void {
  app.action<BlockButtonAction>(SURVEY_OPEN_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: "ephemeral", replace_original: false, ...refusalReply(text) });
    try {
      const drillId = parseSurveyOpenValue(action.value);
      if (!drillId || !body.channel) throw new Error("Give feedback button without a drill");
      const acting = await actAsSlackUser(slackCtx, body.channel.id, body.user.id);
      if (acting.drillId !== drillId) throw new Error("Give feedback button from another drill's channel");
      const form = await slackSurvey().getSurveyForm({ ctx: acting.ctx, input: { drillId } });
      if (!form.open) return void (await tell(form.closedBecause ?? "The survey is not open."));
      if (form.answered === "anonymous") return void (await tell(ANSWERED_ANONYMOUSLY));
      // The trigger_id expires three seconds after the click: nothing slow may come between the click and this call.
      await client.views.open({ trigger_id: body.trigger_id, view: surveyModal(form, { drillId, channelId: body.channel.id }) });
    } catch (error) {
      await tell(refusalText(error));
    }
  });
}
