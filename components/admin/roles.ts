import type { StaffRole } from "@/lib/drill-model/permissions";
import type { BadgeTone } from "../ui/badge";

export const ROLE_HINTS: Record<StaffRole, string> = {
  admin: "Everything a facilitator does, plus people and the audit log.",
  facilitator: "Runs drills, edits scenarios, shares read-only links.",
  observer: "Watches drills and writes notes.",
};

/** Who did it, at a glance: people by role, and what is not a person. */
export const ACTOR_TONES: Record<string, BadgeTone> = {
  admin: "violet",
  facilitator: "info",
  observer: "neutral",
  token: "warning",
  system: "neutral",
};

export const SIGN_IN_LABELS: Record<string, string> = { password: "password", oidc: "single sign-on" };
