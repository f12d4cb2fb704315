import { withRoute } from "@/lib/http/route";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettingsSchema } from "@/lib/settings/schemas";
import { updateSettings } from "@/lib/settings/update-settings";

/** Admins: drillroom's settings · change them (`{responderAnalytics}`), audited. */
export const GET = withRoute({ permission: "settings.manage", handler: ({ ctx }) => getSettings({ ctx }) });

export const PUT = withRoute({ permission: "settings.manage", body: updateSettingsSchema, handler: ({ ctx, body }) => updateSettings({ ctx, input: { data: body } }) });
