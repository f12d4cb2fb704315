"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { createTokenSchema } from "@/lib/api-tokens/schemas";
import { PERMISSIONS, type TokenScope } from "@/lib/drill-model/permissions";
import { createTokenMutation, type CreatedToken } from "@/lib/queries/tokens";
import { Button } from "../ui/button";
import { Field, inputClass } from "../ui/field";
import { placeProblems } from "../ui/form-problems";

const EXPIRY = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "365 days" },
  { value: "never", label: "Never (until revoked)" },
] as const;

const formSchema = z.object({
  name: createTokenSchema.shape.name,
  scopes: createTokenSchema.shape.scopes,
  expiry: z.enum(["30", "90", "365", "never"]),
});

type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

/** `allowed`: the scopes the signed-in person's role has; a token can never do more than its owner. */
export function CreateTokenForm({ allowed, onCreated }: { allowed: TokenScope[]; onCreated: (token: CreatedToken) => void }) {
  const create = useMutation(createTokenMutation(useQueryClient()));
  const [failure, setFailure] = useState<string | null>(null);
  const defaultScopes: TokenScope[] = allowed.includes("drill.read") ? ["drill.read"] : [];
  const form = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(formSchema), defaultValues: { name: "", scopes: defaultScopes, expiry: "90" } });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async ({ name, scopes, expiry }) => {
    setFailure(null);
    try {
      const created = await create.mutateAsync({ name, scopes, ...(expiry === "never" ? {} : { expiresInDays: Number(expiry) }) });
      form.reset({ name: "", scopes: defaultScopes, expiry });
      onCreated(created);
    } catch (error) {
      setFailure(placeProblems(error, form.setError, ["name", "scopes", "expiry"]));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Field label="Name" htmlFor="token-name" error={errors.name?.message} hint="What uses it, so you know what breaks when you revoke it.">
          <input id="token-name" placeholder="e.g. nightly drill report" aria-invalid={errors.name ? true : undefined} className={inputClass} {...form.register("name")} />
        </Field>
        <Field label="Expires after" htmlFor="token-expiry" error={errors.expiry?.message}>
          <select id="token-expiry" className={inputClass} {...form.register("expiry")}>
            {EXPIRY.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset aria-describedby={errors.scopes ? "token-scopes-error" : undefined}>
        <legend className="text-xs font-medium text-zinc-400">Scopes</legend>
        <ul className="mt-1.5 grid gap-1.5 sm:grid-cols-2">
          {allowed.map((scope) => (
            <li key={scope}>
              <label className="flex cursor-pointer items-start gap-2 rounded-md border border-zinc-800 px-2.5 py-1.5 hover:border-zinc-600 has-[:checked]:border-sky-700 has-[:checked]:bg-sky-950/30">
                <input type="checkbox" value={scope} className="mt-0.5 h-3.5 w-3.5 accent-sky-500" {...form.register("scopes")} />
                <span className="flex flex-col">
                  <span className="font-mono text-xs text-zinc-100">{scope}</span>
                  <span className="text-xs text-zinc-400">{PERMISSIONS[scope]}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.scopes && (
          <p id="token-scopes-error" role="alert" className="mt-1 text-xs text-rose-400">
            {errors.scopes.message}
          </p>
        )}
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create token"}
        </Button>
        {failure && (
          <p role="alert" className="text-sm text-rose-400">
            {failure}
          </p>
        )}
      </div>
    </form>
  );
}
