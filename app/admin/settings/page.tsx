import type { Metadata } from "next";
import { SettingsAdmin } from "@/components/admin/settings-admin";
import { AppShell } from "@/components/app-shell";
import { RequirePermission } from "@/components/auth/require-permission";

export const metadata: Metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <AppShell>
      <RequirePermission permission="settings.manage" back={{ href: "/drills", label: "Back to drills" }}>
        <h1 className="text-xl font-semibold text-white">Settings</h1>
        <p className="mt-1 mb-4 text-sm text-zinc-400">How this drillroom behaves for everyone. Every change is in the audit log.</p>
        <SettingsAdmin />
      </RequirePermission>
    </AppShell>
  );
}
