import type { ActionsBlock } from "@slack/types";
import { context, DRILL_MARKER, section, slackMessage, type SlackMessage } from "./elements";
import { LIMITS } from "./limits";

/** The action id of the "Give feedback" button; the Slack listener opens the survey modal on it. */
export const SURVEY_OPEN_ACTION = "survey_open";

/** The drill id back from a "Give feedback" click, or null for anything we did not write. */
export function parseSurveyOpenValue(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(value) ? value : null;
}

/** Posted after the end: the survey opens in a modal for whoever clicks, so each person answers as themselves. */
export function feedbackMessage(input: { drillId: string }): SlackMessage {
  const value = parseSurveyOpenValue(input.drillId);
  if (!value || value.length > LIMITS.buttonValue) throw new Error("feedbackMessage needs a drill id");
  const button: ActionsBlock = {
    type: "actions",
    block_id: "survey",
    elements: [{ type: "button", action_id: SURVEY_OPEN_ACTION, style: "primary", text: { type: "plain_text", text: "Give feedback", emoji: true }, value }],
  };
  return slackMessage("📝 How did it go? Give feedback", [
    section("📝 *How did it go?* Three quick ratings and anything you would change or keep. You can answer under your name (and edit it until the drill closes) or anonymously."),
    button,
    context(DRILL_MARKER),
  ]);
}
