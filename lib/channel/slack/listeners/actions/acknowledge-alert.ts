import type { App, BlockButtonAction } from "@slack/bolt";
import { acknowledgeAlert } from "../../../../drills/acknowledge-alert";
import { ALERT_ACK_ACTION, parseAlertAckValue } from "../../../../chat/slack/blocks/alert";
import { refusalReply } from "../../../../chat/slack/blocks/replies";
import { actAsSlackUser } from "../../inbound/slack-actor";
import { refusalText, slackCtx } from "../context";

/** The Acknowledge button on a paged alert: the first click records the milestone; later clicks are told who was first. */
export function registerAcknowledgeAction(app: App): void {
  app.action<BlockButtonAction>(ALERT_ACK_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const value = parseAlertAckValue(action.value ?? "");
    try {
      if (!value || !body.channel) throw new Error("Acknowledge button without a drill alert");
      const acting = await actAsSlackUser(slackCtx, body.channel.id, body.user.id);
      if (acting.drillId !== value.drillId) throw new Error("Acknowledge button from another drill's channel");
      await acknowledgeAlert({ ctx: acting.ctx, input: { drillId: acting.drillId, data: { alertId: value.alertId, via: "slack" } } });
    } catch (error) {
      await respond({ response_type: "ephemeral", replace_original: false, ...refusalReply(refusalText(error)) });
    }
  });
}
