import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../db/transaction";
import type { DrillStatus } from "../db/generated/enums";
import { ConflictError, NotFoundError } from "../errors";
import { readDefinition } from "../scenarios/upgrade";
import { clockView, type ClockView } from "../drills/view";

/**
 * What a participant may know about the drill: built field by field, never by spreading the drill,
 * so the root cause, model answer, notes and the upcoming script cannot leak in.
 */
export interface ChannelView {
  name: string;
  status: DrillStatus;
  briefing: string | null;
  clock: ClockView;
}

export async function findDrillByChannelToken(ctx: Ctx, token: string) {
  const drill = await dbOf(ctx).drill.findUnique({ where: { channelToken: token } });
  if (!drill) throw new NotFoundError("Channel");
  return drill;
}

/** Posting and joining in the built-in channel; a drill that runs in Slack is answered there. */
export async function findBuiltinChannelDrill(ctx: Ctx, token: string) {
  const drill = await findDrillByChannelToken(ctx, token);
  if (drill.chatProvider !== "builtin") throw new ConflictError("This drill runs in Slack: respond in its Slack channel.");
  return drill;
}

export function channelName(drill: { createdAt: Date; id: string }): string {
  return `drill-${drill.createdAt.toISOString().slice(0, 10)}-${drill.id.slice(-4)}`;
}

export async function getChannel({ ctx, input }: { ctx: Ctx; input: { token: string } }): Promise<ChannelView> {
  const drill = await findDrillByChannelToken(ctx, input.token);
  const script = readDefinition(drill.script);
  return {
    name: channelName(drill),
    status: drill.status,
    briefing: drill.startedAt ? script.briefing : null,
    clock: clockView(drill, nowOf(ctx)),
  };
}
