import type { z } from "zod";
import { authorize } from "../auth/authorize";
import { randomBytes } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { inTransaction } from "../context/transaction";
import { findChatPeople } from "../chat/directory";
import { slackConfig } from "../chat/slack/config";
import { InvalidStateError, ValidationError } from "../errors";
import { DEFAULT_PUBLIC_TITLE, SAME_TITLE_PROBLEM, sameTitle } from "../scenarios/schemas";
import { parseOrigin } from "../auth/origin";
import { readDefinition } from "../scenarios/upgrade";
import { insertRosterPeople } from "./roster/write";
import { appendEvent } from "../timeline/append";
import { parseOrThrow } from "../validation";
import { createDrillSchema } from "./schemas";
import { getScenarioOrThrow } from "../scenarios/get-or-throw";

export interface CreateDrillOptions {
  /** Seeded demo data (lib/demo): never from a request body, so no API caller can mark a real drill as demo. */
  demo?: boolean;
}

/** Freezes the scenario's current revision into the drill: later edits never change this run. */
export async function createDrill({ ctx, input, options = {} }: { ctx: Ctx; input: z.input<typeof createDrillSchema>; options?: CreateDrillOptions }): Promise<{ id: string }> {
  authorize(ctx, "drill.run");
  const { scenarioId, title, publicTitle, roster, chatProvider: chosen, publicOrigin } = parseOrThrow(createDrillSchema, input);
  const slackReady = slackConfig() !== null;
  if (chosen === "slack" && !slackReady) throw new ValidationError([{ path: "chatProvider", message: "Slack is not configured on this server (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET)" }]);
  const chatProvider = chosen ?? (slackReady ? "slack" : "builtin");
  const people = roster?.length ? await findChatPeople(chatProvider, roster) : [];
  return inTransaction(ctx, async (tx) => {
    const scenario = await getScenarioOrThrow(tx, scenarioId);
    if (scenario.archivedAt) throw new InvalidStateError("Cannot run an archived scenario: restore it first.");
    const revision = await tx.scenarioRevision.findUniqueOrThrow({
      where: { scenarioId_number: { scenarioId, number: scenario.currentRevision } },
    });
    const script = readDefinition(revision.definition);
    if (publicTitle && sameTitle(publicTitle, script.title))
      throw new ValidationError([{ path: "publicTitle", message: SAME_TITLE_PROBLEM }]);
    const drill = await tx.drill.create({
      data: {
        scenarioId,
        revisionId: revision.id,
        title: title ?? script.title,
        publicTitle: publicTitle ?? script.publicTitle ?? DEFAULT_PUBLIC_TITLE,
        channelToken: randomBytes(18).toString("base64url"),
        publicOrigin: parseOrigin(publicOrigin),
        chatProvider,
        script: script as unknown as Prisma.InputJsonValue,
        timeBoxMinutes: script.timeBoxMinutes,
        demo: options.demo ?? false,
        createdAt: nowOf(ctx),
      },
    });
    await insertRosterPeople(tx, drill.id, people);
    await appendEvent(tx, ctx, drill.id, { kind: "drill.created", body: { title: drill.title, revision: revision.number } });
    return { id: drill.id };
  });
}
