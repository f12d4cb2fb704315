import type { RosterPersonInput } from "../../lib/drills/roster/schemas";

/** A roster with every role and two escalation teams, as the reference drill had it. */
export function makeRoster(): RosterPersonInput[] {
  return [
    { name: "Fay Facilitator", role: "facilitator", email: "fay@example.test" },
    { name: "Ian Commander", role: "incident_commander", email: "ian@example.test", slackId: "U0IAN" },
    { name: "Mina Newest", role: "active_responder", team: "Match", email: "mina@example.test" },
    { name: "Ahn Newest", role: "active_responder", team: "API" },
    { name: "Seo Senior", role: "escalation_responder", team: "Match", email: "seo@example.test" },
    { name: "Kim Lead", role: "escalation_responder", team: "Match" },
    { name: "Park Senior", role: "escalation_responder", team: "API" },
    { name: "Oz Observer", role: "observer", email: "oz@example.test" },
  ];
}
