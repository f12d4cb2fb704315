"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { STAFF_ROLES } from "@/lib/drill-model/permissions";
import { createUserMutation } from "@/lib/queries/admin";
import { Button } from "../ui/button";
import { CopyField } from "../ui/copy-field";
import { Field, inputClass } from "../ui/field";
import { placeProblems } from "../ui/form-problems";
import { ROLE_HINTS } from "./roles";

// Length and strength rules are the server's (422 lands on the field); here only what saves a round trip.
const formSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(80),
  email: z.string().trim().email("Enter an email address"),
  role: z.enum(STAFF_ROLES),
  password: z.string().min(1, "Set a first password, or generate one"),
});

type FormValues = z.infer<typeof formSchema>;

// No look-alike characters (0/O, 1/l/I): the password may be read out or typed from a screen.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** 20 characters from 57, about 117 bits; rejection sampling keeps every character equally likely. */
export function generatePassword(length = 20): string {
  const limit = 256 - (256 % ALPHABET.length);
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}

interface Added {
  name: string;
  email: string;
  role: string;
  password: string;
}

export function AddUserForm({ onClose }: { onClose: () => void }) {
  const create = useMutation(createUserMutation(useQueryClient()));
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<Added | null>(null);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { name: "", email: "", role: "observer", password: "" } });
  const { errors } = form.formState;
  const role = form.watch("role");

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const user = await create.mutateAsync(values);
      setAdded({ name: user.name, email: user.email, role: user.role, password: values.password });
      form.reset();
    } catch (error) {
      setFailure(placeProblems(error, form.setError, ["name", "email", "role", "password"]));
    }
  });

  if (added)
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-zinc-200">
          Added <span className="font-semibold text-white">{added.name}</span> ({added.email}) as {added.role}. Pass the first password on privately, and ask them to change it after they first sign in:
        </p>
        <CopyField id="added-user-password" label="First password" value={added.password} />
        <div className="flex gap-2">
          <Button size="sm" variant="primary" onClick={() => setAdded(null)}>
            Add another
          </Button>
          <Button size="sm" variant="ghost" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    );

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Name" htmlFor="user-name" error={errors.name?.message}>
          <input id="user-name" autoComplete="off" aria-invalid={errors.name ? true : undefined} className={inputClass} {...form.register("name")} />
        </Field>
        <Field label="Email" htmlFor="user-email" error={errors.email?.message}>
          <input id="user-email" type="email" autoComplete="off" aria-invalid={errors.email ? true : undefined} className={inputClass} {...form.register("email")} />
        </Field>
        <Field label="Role" htmlFor="user-role" error={errors.role?.message} hint={ROLE_HINTS[role]}>
          <select id="user-role" className={inputClass} {...form.register("role")}>
            {STAFF_ROLES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Field>
        <Field label="First password" htmlFor="user-password" error={errors.password?.message} hint="At least 12 characters. They should change it after their first sign-in.">
          <div className="flex gap-2">
            <input
              id="user-password"
              type="text"
              autoComplete="new-password"
              spellCheck={false}
              aria-invalid={errors.password ? true : undefined}
              className={`${inputClass} font-mono`}
              {...form.register("password")}
            />
            <Button className="h-auto shrink-0" onClick={() => form.setValue("password", generatePassword(), { shouldValidate: true })}>
              Generate
            </Button>
          </div>
        </Field>
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add user"}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Cancel
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
