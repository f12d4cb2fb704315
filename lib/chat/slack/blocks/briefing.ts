import { escapeMrkdwn } from "../mrkdwn";
import { context, DRILL_MARKER, header, lineSections, plural, section, slackMessage, type SlackMessage } from "./elements";

export interface BriefingInput {
  drillTitle: string;
  text: string;
  timeBoxMinutes: number;
}

/** The first message in a drill's channel: unmistakably an exercise, then the scenario's briefing and the time box. */
export function briefingMessage(input: BriefingInput): SlackMessage {
  const { drillTitle, text, timeBoxMinutes } = input;
  const timeBox = `⏱️ Time box: *${plural(timeBoxMinutes, "minute")}*`;
  const briefing = text.trim() ? lineSections(escapeMrkdwn(text.trim()).split("\n"), { maxSections: 40, maxLine: 2900 }) : [];
  return slackMessage(`🧪 DRILL: ${escapeMrkdwn(drillTitle)}. This is an exercise, not a real incident. Time box ${plural(timeBoxMinutes, "minute")}.`, [
    header("🧪 DRILL: this is an exercise"),
    context(DRILL_MARKER, "Everything in this channel is part of an incident drill run from drillroom."),
    section(`*${escapeMrkdwn(drillTitle)}*`),
    ...briefing,
    context(timeBox),
  ]);
}
