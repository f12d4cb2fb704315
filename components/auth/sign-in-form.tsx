"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { ErrorBanner, Field, inputClass } from "@/components/ui/field";
import { authClient, OIDC_PROVIDER_ID } from "@/lib/identity/client";
import { signInPath } from "@/lib/identity/next-path";
import { useHydrated } from "./use-hydrated";

const schema = z.object({
  email: z.string().trim().min(1, "Enter your email address").email("Enter an email address, like you@example.com"),
  password: z.string().min(1, "Enter your password"),
});
type Values = z.infer<typeof schema>;

function failureMessage(error: { status: number; message?: string }, retryAfter: string | null): string {
  if (error.status === 429) {
    const seconds = Number(retryAfter);
    return `Too many sign-in attempts: wait ${Number.isFinite(seconds) && seconds > 0 ? `${seconds} second${seconds === 1 ? "" : "s"}` : "a minute"} and try again.`;
  }
  if (error.status === 401) return error.message || "Invalid email or password";
  if (error.status === 0) return "Cannot reach drillroom: check your connection and try again.";
  if (error.status === 503) return "drillroom's database cannot be reached right now. Try again in a few seconds.";
  return error.message || `Sign-in failed (${error.status})`;
}

/** Email and password, and the organisation's single sign-on when it is set up. */
export function SignInForm({ next, oidcName, initialError }: { next: string; oidcName: string | null; initialError: string | null }) {
  const [failure, setFailure] = useState(initialError);
  const [leaving, setLeaving] = useState(false);
  const hydrated = useHydrated();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const signIn = async (values: Values) => {
    setFailure(null);
    let retryAfter: string | null = null;
    try {
      const { error } = await authClient.signIn.email(values, {
        onError: ({ response }) => {
          retryAfter = response.headers.get("x-retry-after");
        },
      });
      if (error) {
        setFailure(failureMessage(error, retryAfter));
        return;
      }
    } catch {
      setFailure(failureMessage({ status: 0 }, null));
      return;
    }
    setLeaving(true);
    // A full load: the router may hold redirects to here from before, and the query cache belonged to nobody.
    window.location.assign(next);
  };

  const singleSignOn = async () => {
    setFailure(null);
    setLeaving(true);
    // better-auth sends the browser to the provider; it comes back to `next`, or here with ?error=.
    const { error } = await authClient.signIn.social({ provider: OIDC_PROVIDER_ID, callbackURL: next, errorCallbackURL: signInPath(next) }).catch(() => ({ error: { status: 0, message: "" } }));
    if (error) {
      // 404: drillroom could not load the provider's configuration (its discovery document).
      setFailure(error.status === 404 ? `${oidcName} cannot be reached right now. Sign in with your password, or ask an admin to check the single sign-on settings.` : failureMessage(error, null));
      setLeaving(false);
    }
  };

  const busy = isSubmitting || leaving || !hydrated;
  return (
    <div className="flex flex-col gap-4">
      {failure && <ErrorBanner message={failure} />}
      {oidcName && (
        <>
          <Button variant="secondary" className="w-full" disabled={busy} onClick={singleSignOn}>
            Sign in with {oidcName}
          </Button>
          <div className="flex items-center gap-3 text-[11px] tracking-wide text-zinc-500 uppercase" aria-hidden>
            <span className="h-px flex-1 bg-zinc-800" />
            or with your password
            <span className="h-px flex-1 bg-zinc-800" />
          </div>
        </>
      )}
      <form method="post" noValidate onSubmit={form.handleSubmit(signIn)} className="flex flex-col gap-3">
        <Field label="Email" htmlFor="sign-in-email" error={errors.email?.message}>
          <input id="sign-in-email" type="email" autoComplete="username" autoFocus={!oidcName} aria-invalid={errors.email ? true : undefined} className={inputClass} {...form.register("email")} />
        </Field>
        <Field label="Password" htmlFor="sign-in-password" error={errors.password?.message}>
          <input id="sign-in-password" type="password" autoComplete="current-password" aria-invalid={errors.password ? true : undefined} className={inputClass} {...form.register("password")} />
        </Field>
        <Button type="submit" variant="primary" className="mt-1 w-full" disabled={busy}>
          {isSubmitting || leaving ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </div>
  );
}
