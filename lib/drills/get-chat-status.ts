import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { slackConfig } from "../chat/slack/config";
import { describeOp, slackOpSchema } from "../chat/slack/outbox/ops";
import { getDrillOrThrow } from "./internal/get-drill";

export interface ChatStatus {
  provider: string;
  /** Slack is configured on this server, so a planned drill can choose it. */
  slackAvailable: boolean;
  /** The Slack channel, once created. */
  channel: { id: string; name: string; archived: boolean } | null;
  outbox: {
    pending: number;
    /** The op holding the queue: what it is, how often it was tried, why it has not gone yet. */
    head: { description: string; attempts: number; lastError: string | null; nextAttemptAt: string } | null;
    /** Ops Slack refused for good (the rest went on). */
    failed: { description: string; error: string; at: string }[];
  };
}

/** What the control room shows about the drill's channel: where it is and what has not reached it yet. */
export async function getChatStatus({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<ChatStatus> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const db = dbOf(ctx);
  const drill = await getDrillOrThrow(db, input.drillId, { select: { chatProvider: true, slackChannel: true } });
  const [pending, head, failed] = await Promise.all([
    db.chatOutbox.count({ where: { drillId: input.drillId, status: "pending" } }),
    db.chatOutbox.findFirst({ where: { drillId: input.drillId, status: "pending" }, orderBy: { id: "asc" } }),
    db.chatOutbox.findMany({ where: { drillId: input.drillId, status: "failed" }, orderBy: { id: "desc" }, take: 10 }),
  ]);
  const describe = (op: unknown) => {
    const parsed = slackOpSchema.safeParse(op);
    return parsed.success ? describeOp(parsed.data) : "Unknown call";
  };
  const channel = drill.slackChannel;
  return {
    provider: drill.chatProvider,
    slackAvailable: slackConfig() !== null,
    channel: channel ? { id: channel.channelId, name: channel.name, archived: channel.archivedAt !== null } : null,
    outbox: {
      pending,
      head: head ? { description: describe(head.op), attempts: head.attempts, lastError: head.lastError, nextAttemptAt: head.nextAttemptAt.toISOString() } : null,
      failed: failed.map((row) => ({ description: describe(row.op), error: row.lastError ?? "", at: (row.doneAt ?? row.createdAt).toISOString() })),
    },
  };
}
