import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SetupForm } from "@/components/auth/setup-form";
import { systemActor } from "@/lib/context";
import { getSetupStatus } from "@/lib/users/setup";
import { DATABASE_AWAY, orDatabaseAway } from "@/lib/db/unavailable";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";

export const metadata: Metadata = { title: "First run" };

export default async function SetupPage() {
  const setup = await orDatabaseAway(getSetupStatus({ ctx: { actor: systemActor } }));
  if (setup === DATABASE_AWAY)
    return (
      <AuthFrame title="First run">
        <DatabaseUnavailable />
      </AuthFrame>
    );
  if (!setup.needsFirstAdmin) redirect("/sign-in");
  return (
    <AuthFrame
      wide
      title="Create the first admin"
      intro={
        <>
          <p>You see this page because drillroom has no account yet. It disappears as soon as the first admin exists; after that, admins add everyone else.</p>
          <p className="mt-2">There is no default password: the one you choose here is the only way in.</p>
        </>
      }
      footer="Whoever reaches this page first becomes admin, so finish it before sharing drillroom's address."
    >
      <SetupForm />
    </AuthFrame>
  );
}
