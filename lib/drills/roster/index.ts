export { addToRoster } from "./add-to-roster";
export { escalateToTeam } from "./escalate-to-team";
export { getRoster } from "./get-roster";
export { inviteRoster } from "./invite-roster";
export { setRoster } from "./set-roster";
export type { RosterPersonView, RosterView, EscalationTeamView } from "./view";
