import { escapeMrkdwn } from "../mrkdwn";
import { context, DRILL_MARKER, header, lineSections, quote, section, slackMessage, type SlackMessage } from "./elements";

export interface RevealInput {
  rootCause: string;
  modelAnswer: string[];
}

/** The hot wash: what was really broken, and the designers' model answer, step by step. */
export function revealMessage(input: RevealInput): SlackMessage {
  const steps = input.modelAnswer.map((step, index) => `${index + 1}. ${escapeMrkdwn(step.trim())}`);
  return slackMessage(`🔍 The answer: ${escapeMrkdwn(input.rootCause)}`, [
    header("🔍 The answer"),
    section(`*Root cause*\n${quote(input.rootCause.trim() || "…")}`),
    section("*Model answer*"),
    ...lineSections(steps, { maxSections: 30, maxLine: 2000 }),
    context(DRILL_MARKER),
  ]);
}

export interface ClosedInput {
  reportUrl: string;
  archiving: boolean;
}

/** The close: the report is final, here is where to read it. */
export function closedMessage(input: ClosedInput): SlackMessage {
  const link = `<${input.reportUrl}|the drill report>`;
  return slackMessage(`📄 The drill is closed. Read the report: ${input.reportUrl}`, [
    section(`📄 *The drill is closed.* Read ${link}.`),
    ...(input.archiving ? [context("🗄️ This channel will now be archived. Thank you for taking part.")] : []),
    context(DRILL_MARKER),
  ]);
}
