import type { KnownBlock } from "@slack/types";
import { escapeMrkdwn } from "../mrkdwn";
import { context, lineSections, section, slackMessage, type SlackMessage } from "./elements";
import { namesList, personLine, type PersonShown } from "./people";

export interface RosterInput {
  people: PersonShown[];
  notFound: string[];
}

/** Who was paged into the channel when the incident was declared, and who could not be found in Slack. */
export function rosterMessage(input: RosterInput): SlackMessage {
  const { people, notFound } = input;
  const missing = notFound.map(escapeMrkdwn).join(", ");
  const blocks: KnownBlock[] = people.length ? [section("📟 *Paged into the channel*"), ...lineSections(people.map(personLine), { maxSections: 45 })] : [section("📟 No one could be paged into the channel automatically.")];
  if (notFound.length) blocks.push(context(`⚠️ Not found in Slack, invite them by hand: ${missing}`));
  const fallback = [people.length ? `Paged into the channel: ${namesList(people)}` : "", notFound.length ? `Not found in Slack: ${missing}` : ""].filter(Boolean).join(". ");
  return slackMessage(fallback || "No one was paged into the channel.", blocks);
}
