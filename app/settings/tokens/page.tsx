import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { RequirePermission } from "@/components/auth/require-permission";
import { TokenSettings } from "@/components/tokens/token-settings";

export const metadata: Metadata = { title: "API tokens" };

export default function TokensPage() {
  return (
    <AppShell>
      <RequirePermission permission="token.manage" back={{ href: "/drills", label: "Back to drills" }}>
        <h1 className="text-xl font-semibold text-white">API tokens</h1>
        <p className="mt-1 mb-4 max-w-3xl text-sm text-zinc-400">
          Scripts and CI jobs call the drillroom API with a token, acting as you but only within the scopes you pick. A token stops working when it expires, when it is revoked, or when your account is
          disabled.
        </p>
        <TokenSettings />
      </RequirePermission>
    </AppShell>
  );
}
