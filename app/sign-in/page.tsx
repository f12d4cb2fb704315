import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/identity/next-path";
import { oidcConfigured } from "@/lib/identity/server";
import { systemActor } from "@/lib/context";
import { env } from "@/lib/env";
import { getSetupStatus } from "@/lib/users/setup";
import { DATABASE_AWAY, orDatabaseAway } from "@/lib/db/unavailable";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";

export const metadata: Metadata = { title: "Sign in" };

type Search = Partial<Record<"next" | "error", string | string[]>>;

/** better-auth comes back from the provider with ?error=<code>; say what it means for drillroom. */
function providerError(code: string, provider: string): string {
  if (code === "signup_disabled") return `${provider} knows you, but drillroom has no account for you yet: ask an admin to add you.`;
  if (code === "email_not_found") return `${provider} did not share your email address, and drillroom needs it to know who you are.`;
  return `Signing in with ${provider} did not complete (${code.replace(/_/g, " ")}). Try again, or use your password.`;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  // Nobody could sign in before the first admin exists: send the first visitor to create it.
  const setup = await orDatabaseAway(getSetupStatus({ ctx: { actor: systemActor } }));
  if (setup === DATABASE_AWAY)
    return (
      <AuthFrame title="Sign in to drillroom">
        <DatabaseUnavailable />
      </AuthFrame>
    );
  if (setup.needsFirstAdmin) redirect("/setup");
  const params = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const oidcName = oidcConfigured() ? env().OIDC_PROVIDER_NAME : null;
  const error = one(params.error);
  return (
    <AuthFrame title="Sign in to drillroom" footer="No account yet? Ask a drillroom admin to add you.">
      <SignInForm next={safeNextPath(one(params.next))} oidcName={oidcName} initialError={error ? providerError(error, oidcName ?? "Single sign-on") : null} />
    </AuthFrame>
  );
}
