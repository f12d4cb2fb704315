import { ROLE_LABELS } from "../../../drill-model/roster-roles";
import { escapeMrkdwn, SLACK_USER_ID } from "../mrkdwn";
import { humanize } from "./elements";

export interface PersonShown {
  name: string;
  role: string;
  team?: string;
  slackId?: string;
}

/** "• <@U123> · Incident commander · payments": a mention only for an id Slack could have issued, else the escaped name. */
export function personLine(person: PersonShown): string {
  const who = person.slackId && SLACK_USER_ID.test(person.slackId) ? `<@${person.slackId}>` : `*${escapeMrkdwn(person.name)}*`;
  const role = Object.hasOwn(ROLE_LABELS, person.role) ? ROLE_LABELS[person.role as keyof typeof ROLE_LABELS] : escapeMrkdwn(humanize(person.role));
  return [`• ${who}`, role, person.team ? escapeMrkdwn(person.team) : ""].filter(Boolean).join(" · ");
}

/** Names only, for the notification text: mentioning there would ping everyone a second time. */
export const namesList = (people: readonly PersonShown[]) => people.map((person) => escapeMrkdwn(person.name)).join(", ");
