import type { Ctx } from "../../../context";
import type { SurveyModalForm } from "../../../chat/slack/blocks/survey-modal";

/**
 * The survey verbs the Slack listeners call. lib/survey sits above lib/channel (it uses the built-in channel's
 * participants), so it cannot be imported from here: lib/runtime/slack-survey.ts hands its verbs over at startup.
 */
export interface SlackSurveyVerbs {
  getSurveyForm(call: { ctx: Ctx; input: { drillId: string } }): Promise<SurveyModalForm>;
  answerSurvey(call: { ctx: Ctx; input: { drillId: string; data: unknown } }): Promise<{ anonymous: boolean }>;
}

let provided: SlackSurveyVerbs | undefined;

export function provideSlackSurvey(verbs: SlackSurveyVerbs): void {
  provided = verbs;
}

export function slackSurvey(): SlackSurveyVerbs {
  if (!provided) throw new Error("The survey verbs were not handed to the Slack listeners (lib/runtime/slack-survey.ts)");
  return provided;
}
