"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { ErrorBanner, Field, inputClass } from "@/components/ui/field";
import { placeProblems } from "@/components/ui/form-problems";
import { ApiError } from "@/lib/api-client";
import { authClient } from "@/lib/identity/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { createFirstAdminMutation } from "@/lib/queries/me";
import { useHydrated } from "./use-hydrated";

const FIELDS = ["name", "email", "password"] as const;

const schema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(80, "At most 80 characters"),
    email: z.string().trim().min(1, "Enter your email address").email("Enter an email address, like you@example.com"),
    password: z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).max(128, "At most 128 characters"),
    confirm: z.string().min(1, "Type the password again"),
  })
  .refine((values) => values.password === values.confirm, { path: ["confirm"], message: "The two passwords differ" });
type Values = z.infer<typeof schema>;

/** The first admin, then signed in with the same credentials. */
export function SetupForm() {
  const client = useQueryClient();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: "", email: "", password: "", confirm: "" } });
  const create = useMutation(createFirstAdminMutation(client));
  const [failure, setFailure] = useState<{ message: string; taken?: boolean } | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const hydrated = useHydrated();
  const { errors, isSubmitting } = form.formState;

  const submit = async ({ name, email, password }: Values) => {
    setFailure(null);
    try {
      await create.mutateAsync({ name, email, password });
    } catch (error) {
      showServerError(error);
      return;
    }
    setSigningIn(true);
    const { error } = await authClient.signIn.email({ email, password }).catch(() => ({ error: { status: 0 } }));
    // The account exists either way; if signing in failed, the sign-in page will say why.
    window.location.assign(error ? "/sign-in" : "/");
  };

  const showServerError = (error: unknown) => {
    // Someone else finished setup first: this form is done, signing in is what is left.
    if (error instanceof ApiError && error.status === 409) return setFailure({ message: error.message, taken: true });
    const message = placeProblems(error, form.setError, FIELDS);
    if (message) setFailure({ message });
  };

  const busy = isSubmitting || signingIn || !hydrated;
  const field = (name: keyof Values) => ({ "aria-invalid": errors[name] ? true : undefined, className: inputClass, ...form.register(name) });
  if (failure?.taken)
    return (
      <div className="flex flex-col gap-3">
        <ErrorBanner message={failure.message} />
        <Link href="/sign-in" className="inline-flex h-9 items-center justify-center rounded-md bg-sky-600 px-3.5 text-sm font-medium text-white hover:bg-sky-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400">
          Go to sign in
        </Link>
      </div>
    );
  return (
    <form method="post" noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-3">
      <ErrorBanner message={failure?.message} />
      <Field label="Your name" htmlFor="setup-name" error={errors.name?.message} hint="Shown in the timeline and the audit log.">
        <input id="setup-name" autoComplete="name" autoFocus {...field("name")} />
      </Field>
      <Field label="Email" htmlFor="setup-email" error={errors.email?.message} hint="You sign in with it.">
        <input id="setup-email" type="email" autoComplete="username" {...field("email")} />
      </Field>
      <Field label="Password" htmlFor="setup-password" error={errors.password?.message} hint={`At least ${MIN_PASSWORD_LENGTH} characters; a passphrase is fine.`}>
        <input id="setup-password" type="password" autoComplete="new-password" {...field("password")} />
      </Field>
      <Field label="Confirm password" htmlFor="setup-confirm" error={errors.confirm?.message}>
        <input id="setup-confirm" type="password" autoComplete="new-password" {...field("confirm")} />
      </Field>
      <Button type="submit" variant="primary" className="mt-1 w-full" disabled={busy}>
        {signingIn ? "Signing in…" : isSubmitting ? "Creating…" : "Create admin and sign in"}
      </Button>
    </form>
  );
}
