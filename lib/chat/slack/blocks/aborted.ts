import { context, DRILL_MARKER, quote, section, slackMessage, type SlackMessage } from "./elements";

export interface AbortedInput {
  note?: string;
}

/** The drill was stopped early. Says only that, and the facilitator's note: nothing about what was injected or rolled back. */
export function abortedMessage(input: AbortedInput): SlackMessage {
  const note = input.note?.trim() ?? "";
  return slackMessage("🛑 The drill was stopped.", [
    section("🛑 *The drill was stopped by the facilitator.*"),
    ...(note ? [section(quote(note))] : []),
    context("No more alerts or hints will be posted. Thank you for taking part.", DRILL_MARKER),
  ]);
}
