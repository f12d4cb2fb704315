import { escapeMrkdwn } from "../mrkdwn";
import { context, quote, section, slackMessage, type SlackMessage } from "./elements";

export interface HintInput {
  number: number;
  text: string;
}

/** A hint, set apart from the alerts and the chat: a bulb, its number, the text quoted. */
export function hintMessage(input: HintInput): SlackMessage {
  const { number, text } = input;
  return slackMessage(`💡 Hint ${number}: ${escapeMrkdwn(text)}`, [section(`💡 *Hint ${number}*`), section(quote(text.trim() || "…")), context("🧪 Drill hint")]);
}
