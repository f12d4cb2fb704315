import { escapeMrkdwn } from "../mrkdwn";
import { lineSections, section, slackMessage, type SlackMessage } from "./elements";
import { namesList, personLine, type PersonShown } from "./people";

export interface EscalationInput {
  team: string;
  people: PersonShown[];
}

/** Someone escalated to a team: its responders are paged into the channel. */
export function escalationMessage(input: EscalationInput): SlackMessage {
  const { team, people } = input;
  const heading = `🚨 *Escalated to ${escapeMrkdwn(team)}*`;
  const blocks = people.length
    ? [section(`${heading}\nPaged into the channel:`), ...lineSections(people.map(personLine), { maxSections: 45 })]
    : [section(`${heading}\nNo one from this team could be paged in automatically.`)];
  return slackMessage(`Escalated to ${escapeMrkdwn(team)}${people.length ? `: ${namesList(people)}` : ""}`, blocks);
}
