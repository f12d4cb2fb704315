"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { signInPath } from "@/lib/identity/next-path";
import { aRole, PERMISSIONS, type Permission } from "@/lib/drill-model/permissions";
import { meQuery } from "@/lib/queries/me";
import { ErrorBanner } from "../ui/field";

/** For pages that are one action (the scenario editor): say so up front rather than fail on save. */
export function RequirePermission({ permission, back, children }: { permission: Permission; back: { href: string; label: string }; children: ReactNode }) {
  const me = useQuery(meQuery());
  const pathname = usePathname();
  if (me.error) return <ErrorBanner message={me.error.message} />;
  if (!me.data) return <p className="text-sm text-zinc-500">Loading…</p>;
  if (me.data.permissions.includes(permission)) return children;
  const { type } = me.data.actor;
  const signedOut = type === "anonymous";
  return (
    <div className="flex flex-col items-start gap-2 rounded-lg border border-zinc-800 bg-zinc-900/60 p-6">
      <h1 className="text-lg font-semibold text-white">{signedOut ? "Sign in to continue" : "Not available to you"}</h1>
      <p className="text-sm text-zinc-400">
        {signedOut ? `You need to sign in to ${PERMISSIONS[permission]}.` : `As ${aRole(type)} you cannot ${PERMISSIONS[permission]}. Ask an admin if you need to.`}
      </p>
      <Link href={signedOut ? signInPath(pathname) : back.href} className="text-sm text-sky-400 hover:underline">
        {signedOut ? "Sign in" : back.label}
      </Link>
    </div>
  );
}
