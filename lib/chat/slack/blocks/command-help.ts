import { escapeMrkdwn } from "../mrkdwn";
import { section, slackMessage, type SlackMessage } from "./elements";

const COMMANDS: [usage: string, what: string][] = [
  ["/drill status", "where the drill stands: time, milestones, teams not yet escalated"],
  ["/drill ack", "acknowledge the incident"],
  ["/drill escalate <team>", "page a team's escalation responders into this channel"],
  ["/drill mitigated", "declare the incident mitigated"],
  ["/drill help", "this list"],
];

/** The reply to `/drill help`, and to anything `/drill` did not understand (`problem` says what). */
export function commandHelpText(problem?: string): SlackMessage {
  const lines = COMMANDS.map(([usage, what]) => `• \`${escapeMrkdwn(usage)}\` ${what}`);
  const usage = `Drill commands: ${COMMANDS.map(([command]) => escapeMrkdwn(command)).join(" · ")}`;
  return slackMessage(problem ? `${escapeMrkdwn(problem)}. ${usage}` : usage, [
    ...(problem ? [section(`⚠️ ${escapeMrkdwn(problem)}`)] : []),
    section("*`/drill` commands*, in a drill's channel"),
    section(lines.join("\n")),
  ]);
}
