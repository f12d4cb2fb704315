import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { readSettings } from "./read-settings";
import type { SettingsView } from "./schemas";

/** drillroom's settings, for the admins who change them. */
export async function getSettings({ ctx }: { ctx: Ctx }): Promise<SettingsView> {
  authorize(ctx, "settings.manage");
  return readSettings(dbOf(ctx));
}
