"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/identity/client";
import { signInPath } from "@/lib/identity/next-path";
import type { Permission } from "@/lib/drill-model/permissions";
import { meQuery } from "@/lib/queries/me";

const ROLE_TONES: Record<string, BadgeTone> = { admin: "violet", facilitator: "info", observer: "neutral" };

const LINKS: { href: string; label: string; permission: Permission }[] = [
  { href: "/admin/users", label: "Users", permission: "user.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.read" },
  { href: "/admin/settings", label: "Settings", permission: "settings.manage" },
  { href: "/settings/tokens", label: "API tokens", permission: "token.manage" },
];

/** The right side of the header: where one's role leads, who is signed in, and the way out. */
export function UserMenu() {
  const me = useQuery(meQuery());
  const router = useRouter();
  const pathname = usePathname();
  const client = useQueryClient();
  const [leaving, setLeaving] = useState(false);

  if (!me.data) return <span className="ml-auto h-4 w-40 motion-safe:animate-pulse rounded bg-zinc-800/60" aria-hidden />;
  const { actor, permissions } = me.data;
  if (actor.type === "anonymous")
    return (
      <Link href={signInPath(pathname)} className="ml-auto text-zinc-300 hover:text-white">
        Sign in
      </Link>
    );

  const signOut = async () => {
    setLeaving(true);
    await authClient.signOut().catch(() => undefined);
    client.clear();
    router.push("/sign-in");
  };

  return (
    <div className="ml-auto flex items-center gap-4">
      {LINKS.filter((link) => permissions.includes(link.permission)).map((link) => (
        <Link key={link.href} href={link.href} className={pathname.startsWith(link.href) ? "text-white" : "text-zinc-400 hover:text-white"}>
          {link.label}
        </Link>
      ))}
      <span className="h-5 w-px bg-zinc-800" aria-hidden />
      <span className="flex items-center gap-2">
        <span className="max-w-48 truncate text-zinc-200" title={actor.name}>
          {actor.name}
        </span>
        <Badge tone={ROLE_TONES[actor.type] ?? "neutral"}>{actor.type}</Badge>
      </span>
      <Button variant="ghost" size="sm" onClick={signOut} disabled={leaving}>
        {leaving ? "Signing out…" : "Sign out"}
      </Button>
    </div>
  );
}
