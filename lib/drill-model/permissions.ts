export const STAFF_ROLES = ["admin", "facilitator", "observer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What an actor may do. Roles and token scopes are sets of these. */
export const PERMISSIONS = {
  "scenario.read": "read scenarios, including their hidden fields",
  "scenario.write": "change scenarios",
  "drill.read": "watch drills",
  "drill.run": "run drills",
  "note.write": "write observer notes",
  "share.manage": "share drills with a read-only link",
  "analytics.people": "see per-person figures in analytics",
  "token.manage": "manage your API tokens",
  "user.manage": "manage users",
  "audit.read": "read the audit log",
  "settings.manage": "change drillroom's settings",
  "drill.respond": "respond to the incident",
  "chat.respond": "post in the drill channel",
} as const;
export type Permission = keyof typeof PERMISSIONS;

const observer: Permission[] = ["scenario.read", "drill.read", "note.write", "token.manage"];
// Per-person figures are for those who run drills: observers include managers, and a drill must stay safe to fail.
const facilitator: Permission[] = [...observer, "scenario.write", "drill.run", "share.manage", "analytics.people"];
const admin: Permission[] = [...facilitator, "user.manage", "audit.read", "settings.manage"];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = { admin, facilitator, observer };

/**
 * A token can carry these, and only those its owner's role also has. Managing people and settings stays interactive, and
 * per-person figures never leave through a token: a script's copy would outlive an admin switching them off.
 */
export const TOKEN_SCOPES = ["scenario.read", "scenario.write", "drill.read", "drill.run", "note.write"] as const satisfies readonly Permission[];
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** People in a drill's channel respond to the incident; a channel link only lets you join and talk. */
export const PARTICIPANT_PERMISSIONS: readonly Permission[] = ["chat.respond", "drill.respond"];
export const GUEST_PERMISSIONS: readonly Permission[] = ["chat.respond"];
export const VIEWER_PERMISSIONS: readonly Permission[] = ["drill.read"];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/** "an admin", "a facilitator", "an observer": how messages name a role. */
export function aRole(role: string): string {
  return `${/^[aeiou]/.test(role) ? "an" : "a"} ${role}`;
}
