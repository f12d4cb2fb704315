import type { App } from "@slack/bolt";
import { acknowledgeAlert } from "../../../../drills/acknowledge-alert";
import { recordMilestone } from "../../../../drills/milestones/record-milestone";
import { escalateToTeam } from "../../../../drills/roster/escalate-to-team";
import { commandHelpText } from "../../../../chat/slack/blocks/command-help";
import { acknowledgedReply, escalatedReply, mitigatedReply, refusalReply } from "../../../../chat/slack/blocks/replies";
import { statusMessage } from "../../../../chat/slack/blocks/status";
import { parseDrillCommand } from "../../inbound/drill-command";
import { slackDrillStatus } from "../../inbound/drill-status";
import { actAsSlackUser } from "../../inbound/slack-actor";
import { refusalText, slackCtx } from "../context";

/** `/drill …` in a drill channel; every answer is ephemeral, only the person who typed it sees it. */
export function registerDrillCommand(app: App): void {
  app.command("/drill", async ({ ack, command, respond }) => {
    await ack();
    const parsed = parseDrillCommand(command.text ?? "");
    const reply = async (message: { text: string; blocks?: unknown[] }) => respond({ response_type: "ephemeral", ...message } as never);
    if (parsed.verb === "help") return void (await reply(commandHelpText(parsed.unknown)));
    try {
      const { drillId, ctx } = await actAsSlackUser(slackCtx, command.channel_id, command.user_id);
      switch (parsed.verb) {
        case "status":
          return void (await reply(statusMessage(await slackDrillStatus({ ctx, input: { drillId } }))));
        case "ack": {
          const { event, milestone } = await acknowledgeAlert({ ctx, input: { drillId, data: { via: "slack" } } });
          const title = event.kind === "alert.acknowledged" ? event.body.title : "the alert";
          return void (await reply(acknowledgedReply({ title, first: milestone })));
        }
        case "escalate":
          await escalateToTeam({ ctx, input: { drillId, data: { team: parsed.team } } });
          return void (await reply(escalatedReply(parsed.team)));
        case "mitigated":
          await recordMilestone({ ctx, input: { drillId, data: { milestone: "mitigated", note: `Declared in Slack by ${ctx.actor.name}` } } });
          return void (await reply(mitigatedReply()));
      }
    } catch (error) {
      await reply(refusalReply(refusalText(error)));
    }
  });
}
