import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
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
  /** The drill's public title: never the scenario's or the staff's title, which may name the cause. */
  title: string;
  status: DrillStatus;
  briefing: string | null;
  clock: ClockView;
}

/**
 * Holding a channel link is what lets someone in: whoever calls, they act from here on as a guest of
 * that one drill, so a signed-in facilitator opening the link sees exactly what participants see.
 */
export async function enterChannel(ctx: Ctx, token: string) {
  const drill = await dbOf(ctx).drill.findUnique({ where: { channelToken: token } });
  if (!drill) throw new NotFoundError("Channel");
  const guest: Ctx = { ...ctx, actor: { type: "guest", name: "channel guest", drillId: drill.id } };
  authorize(guest, "chat.respond", { drillId: drill.id });
  return { drill, ctx: guest };
}

/** Posting and joining in the built-in channel; a drill that runs in Slack is answered there. */
export async function enterBuiltinChannel(ctx: Ctx, token: string) {
  const entered = await enterChannel(ctx, token);
  if (entered.drill.chatProvider !== "builtin") throw new ConflictError("This drill runs in Slack: respond in its Slack channel.");
  return entered;
}

export function channelName(drill: { createdAt: Date; id: string }): string {
  return `drill-${drill.createdAt.toISOString().slice(0, 10)}-${drill.id.slice(-4)}`;
}

export async function getChannel({ ctx, input }: { ctx: Ctx; input: { token: string } }): Promise<ChannelView> {
  const { drill } = await enterChannel(ctx, input.token);
  const script = readDefinition(drill.script);
  return {
    name: channelName(drill),
    title: drill.publicTitle,
    status: drill.status,
    briefing: drill.startedAt ? script.briefing : null,
    clock: clockView(drill, nowOf(ctx)),
  };
}
