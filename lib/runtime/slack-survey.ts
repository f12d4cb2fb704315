import { provideSlackSurvey } from "../channel/slack/listeners/survey-port";
import { answerSurvey } from "../survey/answer-survey";
import { getSurveyForm } from "../survey/get-form";

/** Gives the Slack listeners the survey verbs (they sit below lib/survey in the layers). Idempotent; call before Slack requests are handled. */
export function wireSlackSurvey(): void {
  provideSlackSurvey({ getSurveyForm, answerSurvey });
}
