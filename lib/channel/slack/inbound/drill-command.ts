import { text as boundedText } from "../../../input/text";

export type DrillCommand =
  | { verb: "status" }
  | { verb: "ack" }
  | { verb: "escalate"; team: string }
  | { verb: "mitigated" }
  | { verb: "help"; unknown?: string };

const teamSchema = boundedText({ min: 1, max: 80 });

/** `/drill status | ack | escalate <team> | mitigated | help`; anything else is answered with help. */
export function parseDrillCommand(text: string): DrillCommand {
  const [word = "", ...rest] = text.trim().split(/\s+/);
  switch (word.toLowerCase()) {
    case "":
    case "help":
      return { verb: "help" };
    case "status":
      return { verb: "status" };
    case "ack":
    case "acknowledge":
      return { verb: "ack" };
    case "mitigated":
      return { verb: "mitigated" };
    case "escalate": {
      const team = teamSchema.safeParse(rest.join(" ").replace(/^to\s+/i, ""));
      return team.success ? { verb: "escalate", team: team.data } : { verb: "help", unknown: "escalate needs a team: /drill escalate <team>" };
    }
    default:
      return { verb: "help", unknown: `"${word.slice(0, 40)}" is not a /drill command` };
  }
}
