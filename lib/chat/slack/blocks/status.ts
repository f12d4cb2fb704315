import { escapeMrkdwn } from "../mrkdwn";
import { context, fields, humanize, lineSections, section, slackMessage, type SlackMessage } from "./elements";

export interface StatusInput {
  drillTitle: string;
  status: string;
  elapsedLabel: string;
  remainingLabel: string;
  milestones: { milestone: string; offsetLabel: string }[];
  pendingEscalationTeams: string[];
}

/** The reply to `/drill status`. */
export function statusMessage(input: StatusInput): SlackMessage {
  const { drillTitle, status, elapsedLabel, remainingLabel, milestones, pendingEscalationTeams } = input;
  const title = escapeMrkdwn(drillTitle);
  const state = escapeMrkdwn(humanize(status));
  const reached = milestones.map(({ milestone, offsetLabel }) => `• \`${escapeMrkdwn(offsetLabel)}\` ${escapeMrkdwn(humanize(milestone))}`);
  const teams = pendingEscalationTeams.map(escapeMrkdwn).join(", ");
  return slackMessage(`${title}: ${state}, ${escapeMrkdwn(elapsedLabel)} elapsed, ${escapeMrkdwn(remainingLabel)} remaining`, [
    section(`*${title}* · ${state}`),
    fields([
      ["Elapsed", escapeMrkdwn(elapsedLabel)],
      ["Remaining", escapeMrkdwn(remainingLabel)],
    ]),
    ...(reached.length ? [section("*Milestones reached*"), ...lineSections(reached, { maxSections: 40 })] : [section("*Milestones reached*\n_None yet._")]),
    ...(pendingEscalationTeams.length ? [context(`⏳ Not yet escalated: ${teams}. Use \`/drill escalate ${escapeMrkdwn("<team>")}\`.`)] : []),
  ]);
}
