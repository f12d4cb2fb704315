import { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { queryInt32 } from "../input/numbers";
import { text } from "../input/text";
import { parseOrThrow } from "../validation";

export const listAuditSchema = z.object({
  /** An action ("token.used") or a family ("token."). */
  action: text({ max: 60 }).optional(),
  actor: text({ max: 120 }).optional(),
  /** Entries older than this id: the next page. */
  before: z.coerce.bigint({ error: "must be an entry id" }).positive().max(2n ** 63n - 1n, "must be an entry id").optional(),
  limit: queryInt32({ min: 1, max: 200 }).default(50),
});

export interface AuditEntryView {
  id: string;
  at: string;
  actor: { type: string; id: string | null; name: string };
  action: string;
  /** `label`: what it was called when this happened (a drill's title, a user's email); null for older entries. */
  target: { type: string; id: string; label: string | null } | null;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
}

/** Newest first, for admins. */
export async function listAudit({ ctx, input }: { ctx: Ctx; input?: z.input<typeof listAuditSchema> }): Promise<AuditPage> {
  authorize(ctx, "audit.read");
  const query = parseOrThrow(listAuditSchema, input ?? {});
  const rows = await dbOf(ctx).auditEntry.findMany({
    where: {
      ...(query.action ? (query.action.endsWith(".") ? { action: { startsWith: query.action } } : { action: query.action }) : {}),
      ...(query.actor ? { actorName: { contains: query.actor, mode: "insensitive" as const } } : {}),
      ...(query.before ? { id: { lt: query.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      actor: { type: row.actorType, id: row.actorId, name: row.actorName },
      action: row.action,
      target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId, label: row.targetLabel } : null,
      detail: row.detail as Record<string, unknown>,
    })),
    next: rows.length > query.limit ? page[page.length - 1]!.id.toString() : null,
  };
}
