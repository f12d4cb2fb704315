import type { z } from "zod";
import { findChatPeople } from "../chat/directory";
import { slackConfig } from "../chat/slack/config";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { ValidationError } from "../errors";
import { chatPerson, loadRosterMembers } from "./roster/view";
import { parseOrThrow } from "../validation";
import { mutateDrill } from "./internal/mutate";
import { chooseChatSchema } from "./schemas";

/**
 * Where participants respond, chosen before the declaration: Slack (when configured) or the built-in
 * channel. Switching to Slack looks the roster up in Slack's directory, as saving the roster does.
 */
export async function chooseChatProvider({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof chooseChatSchema> } }): Promise<{ chatProvider: string }> {
  const { chatProvider } = parseOrThrow(chooseChatSchema, input.data);
  if (chatProvider === "slack" && !slackConfig()) throw new ValidationError([{ path: "chatProvider", message: "Slack is not configured on this server (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET)" }]);
  const members = await loadRosterMembers(dbOf(ctx), input.drillId);
  const found = await findChatPeople(chatProvider, members.map((member) => ({ ...chatPerson(member), id: member.id })));
  return mutateDrill(ctx, input.drillId, "choose_chat", async (tx, drill) => {
    await tx.drill.update({ where: { id: drill.id }, data: { chatProvider } });
    for (const person of found) if (person.slackId) await tx.rosterMember.update({ where: { id: person.id }, data: { slackId: person.slackId } });
    return { chatProvider };
  });
}
