import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { parseOrThrow } from "../validation";
import { readSettings } from "./read-settings";
import { updateSettingsSchema, type SettingsView } from "./schemas";

/**
 * Changes drillroom's settings, audited in the same transaction. Switching per-person analytics off hides them
 * everywhere at once and keeps the stored rows, so switching back on loses nothing.
 */
export async function updateSettings({ ctx, input }: { ctx: Ctx; input: { data: z.input<typeof updateSettingsSchema> } }): Promise<SettingsView> {
  authorize(ctx, "settings.manage");
  const change = parseOrThrow(updateSettingsSchema, input.data);
  return inTransaction(ctx, async (tx) => {
    // One row, created on first change; the lock orders two admins flipping the switch at once, so each entry's "from" is true.
    await tx.$executeRaw`INSERT INTO "Settings" ("id", "updatedAt") VALUES (1, now()) ON CONFLICT ("id") DO NOTHING`;
    await tx.$queryRaw`SELECT 1 FROM "Settings" WHERE "id" = 1 FOR UPDATE`;
    const before = await readSettings(tx);
    const responderAnalytics = change.responderAnalytics ?? before.responderAnalytics;
    if (responderAnalytics === before.responderAnalytics) return before;
    await tx.settings.update({ where: { id: 1 }, data: { responderAnalytics } });
    await recordAudit(tx, ctx, { action: "settings.changed", target: { type: "settings", id: "1", label: "Per-person analytics" }, detail: { responderAnalytics: { from: before.responderAnalytics, to: responderAnalytics } } });
    return readSettings(tx);
  });
}
