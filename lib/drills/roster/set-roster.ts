import type { z } from "zod";
import { findChatPeople } from "../../chat/directory";
import type { Ctx } from "../../context";
import { mutateDrill } from "../internal/mutate";
import { parseOrThrow } from "../../validation";
import { drillChatProvider } from "./provider";
import { setRosterSchema } from "./schemas";
import { loadRosterView } from "./load-roster";
import type { RosterView } from "./view";
import { insertRosterPeople } from "./write";

/** Replaces the whole roster of a planned drill (the editor saves the list it shows). */
export async function setRoster({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof setRosterSchema> } }): Promise<RosterView> {
  const { people } = parseOrThrow(setRosterSchema, input.data);
  const found = await findChatPeople(await drillChatProvider(ctx, input.drillId), people);
  return mutateDrill(ctx, input.drillId, "set_roster", async (tx, drill) => {
    await tx.rosterMember.deleteMany({ where: { drillId: drill.id } });
    await insertRosterPeople(tx, drill.id, found);
    return loadRosterView(tx, ctx, drill);
  });
}
