import { ROLE_LABELS } from "@/lib/drill-model/roster-roles";

/** Slack users who joined without a roster entry are stored as "responder". */
export const roleLabel = (role: string) => (ROLE_LABELS as Record<string, string>)[role] ?? (role === "responder" ? "Responder (off the roster)" : role);

/** "Active responder ×2, Incident commander ×1", most taken first. */
export const rolesInWords = (roles: Record<string, number>) =>
  Object.entries(roles)
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([role, count]) => `${roleLabel(role)} ×${count}`)
    .join(", ");
