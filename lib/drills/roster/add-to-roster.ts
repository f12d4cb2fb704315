import type { z } from "zod";
import { queueChannelPost } from "../../chat";
import { findChatPeople } from "../../chat/directory";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import { mutateDrill } from "../internal/mutate";
import { ValidationError } from "../../errors";
import { parseOrThrow } from "../../validation";
import { inviteMembers } from "./invite";
import { drillChatProvider } from "./provider";
import { invitedAtDeclaration } from "../../drill-model/roster-roles";
import { addToRosterSchema, problemsWithAdded } from "./schemas";
import { loadRosterView } from "./load-roster";
import { loadRosterMembers, type RosterView } from "./view";
import { insertRosterPeople } from "./write";

/**
 * Adds people to the roster. While the drill runs they join at once: responders are invited, and an
 * escalation responder whose team was already escalated is brought in with it.
 */
export async function addToRoster({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof addToRosterSchema> } }): Promise<RosterView> {
  const { people } = parseOrThrow(addToRosterSchema, input.data);
  const found = await findChatPeople(await drillChatProvider(ctx, input.drillId), people);
  return mutateDrill(ctx, input.drillId, "add_to_roster", async (tx, drill) => {
    const existing = await loadRosterMembers(tx, drill.id);
    const asInput = existing.map((member) => ({ ...member, team: member.team ?? undefined, email: member.email ?? undefined, slackId: member.slackId ?? undefined }));
    const problems = problemsWithAdded(asInput, people);
    if (problems.length) throw new ValidationError(problems);

    const running = drill.status === "running";
    const escalatedTeams = new Set(existing.filter((member) => member.escalatedAt).map((member) => member.team));
    const lateEscalation = (person: (typeof found)[number]) => running && person.role === "escalation_responder" && escalatedTeams.has(person.team ?? null);
    const ids = await insertRosterPeople(tx, drill.id, found.map((person) => ({ ...person, escalatedAt: lateEscalation(person) ? nowOf(ctx) : null })));

    if (running) {
      const joining = found.flatMap((person, index) => (invitedAtDeclaration(person.role) || lateEscalation(person) ? [{ ...person, id: ids[index]!, team: person.team ?? null, email: person.email ?? null, slackId: person.slackId ?? null }] : []));
      const post = await inviteMembers(tx, ctx, drill, joining);
      if (post) await queueChannelPost(tx, { drillId: drill.id, channelToken: drill.channelToken, provider: drill.chatProvider }, post);
    }
    return loadRosterView(tx, ctx, drill);
  });
}
