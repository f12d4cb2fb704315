import type { z } from "zod";
import { randomBytes } from "node:crypto";
import { addHours } from "date-fns";
import { hashTokenSecret } from "../api-tokens/secret";
import { recordAudit } from "../audit/record";
import { authorize } from "../auth/authorize";
import { nowOf, type Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { shareUrl } from "../drills/links";
import { parseOrThrow } from "../validation";
import { createShareLinkSchema, toShareLinkView, type ShareLinkView } from "./schemas";
import { getDrillOrThrow } from "../drills/internal/get-drill";

/** The link's token is in this answer only (as `path` and the absolute `url` to send); the database keeps its hash. */
export async function createShareLink({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof createShareLinkSchema> } }): Promise<ShareLinkView & { path: string; url: string }> {
  authorize(ctx, "share.manage");
  const data = parseOrThrow(createShareLinkSchema, input.data);
  const token = randomBytes(24).toString("base64url");
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const drill = await getDrillOrThrow(tx, input.drillId, { select: { id: true, title: true, publicOrigin: true } });
    const row = await tx.shareLink.create({
      data: { drillId: drill.id, label: data.label, tokenHash: hashTokenSecret(token), createdById: "id" in ctx.actor ? (ctx.actor.id ?? null) : null, createdBy: ctx.actor.name, createdAt: now, expiresAt: addHours(now, data.expiresInHours) },
    });
    await recordAudit(tx, ctx, { action: "share_link.created", target: { type: "drill", id: drill.id, label: drill.title }, detail: { linkId: row.id, label: row.label, expiresAt: row.expiresAt.toISOString() } });
    return { ...toShareLinkView(row, now), path: `/watch/${token}`, url: shareUrl(drill, token) };
  });
}
