/** Who takes part in a drill, in the order the roster lists them. No React or database here: the UI imports it too. */
export const ROSTER_ROLES = ["facilitator", "incident_commander", "active_responder", "escalation_responder", "observer"] as const;
export type RosterRole = (typeof ROSTER_ROLES)[number];

export const ROLE_LABELS: Record<RosterRole, string> = {
  facilitator: "Facilitator",
  incident_commander: "Incident commander",
  active_responder: "Active responder",
  escalation_responder: "Escalation responder",
  observer: "Observer",
};

/** Invited into the channel when the incident is declared; escalation responders wait for their team's escalation, observers watch from the control room. */
export function invitedAtDeclaration(role: RosterRole): boolean {
  return role !== "escalation_responder" && role !== "observer";
}
