import { escapeMrkdwn } from "../mrkdwn";

/** An ephemeral answer to the person who clicked or typed; `text` is mrkdwn like every message's. */
export interface SlackReply {
  text: string;
}

export const acknowledgedReply = ({ title, first }: { title: string; first: boolean }): SlackReply => ({
  text: `Acknowledged "${escapeMrkdwn(title)}"${first ? " (first acknowledgement of the drill)" : ""}.`,
});

export const escalatedReply = (team: string): SlackReply => ({ text: `Escalated to ${escapeMrkdwn(team)}: they are being invited to this channel.` });

export const mitigatedReply = (): SlackReply => ({ text: "Recorded: mitigated. The facilitators decide when the drill ends." });

/** Why an action was refused; the reason can quote alert titles and names, so it is escaped like the rest. */
export const refusalReply = (reason: string): SlackReply => ({ text: escapeMrkdwn(reason) });
