import type { Db } from "../db/client";
import type { SettingsView } from "./schemas";

/** The one settings row, or the defaults while no admin has changed anything. Not a verb: callers authorize. */
export async function readSettings(db: Db): Promise<SettingsView> {
  const row = await db.settings.findUnique({ where: { id: 1 } });
  return { responderAnalytics: row?.responderAnalytics ?? true, updatedAt: row?.updatedAt.toISOString() ?? null };
}
