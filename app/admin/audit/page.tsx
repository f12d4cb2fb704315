import type { Metadata } from "next";
import { AuditLog } from "@/components/admin/audit-log";
import { AppShell } from "@/components/app-shell";
import { RequirePermission } from "@/components/auth/require-permission";

export const metadata: Metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <AppShell wide>
      <RequirePermission permission="audit.read" back={{ href: "/drills", label: "Back to drills" }}>
        <h1 className="text-xl font-semibold text-white">Audit log</h1>
        <p className="mt-1 mb-4 text-sm text-zinc-400">Privileged actions, newest first: who did what, to what, and when.</p>
        <AuditLog />
      </RequirePermission>
    </AppShell>
  );
}
