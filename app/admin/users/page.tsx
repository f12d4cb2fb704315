import type { Metadata } from "next";
import { UsersAdmin } from "@/components/admin/users-admin";
import { AppShell } from "@/components/app-shell";
import { RequirePermission } from "@/components/auth/require-permission";

export const metadata: Metadata = { title: "Users" };

export default function UsersPage() {
  return (
    <AppShell>
      <RequirePermission permission="user.manage" back={{ href: "/drills", label: "Back to drills" }}>
        <h1 className="text-xl font-semibold text-white">Users</h1>
        <p className="mt-1 mb-4 text-sm text-zinc-400">Who can sign in, and what their role lets them do. Changes apply at once; disabling someone signs them out.</p>
        <UsersAdmin />
      </RequirePermission>
    </AppShell>
  );
}
