import { describe, expect, it } from "vitest";
import { parseDrillCommand } from "./drill-command";

describe("/drill command text", () => {
  it("reads every verb", () => {
    expect(parseDrillCommand("status")).toEqual({ verb: "status" });
    expect(parseDrillCommand("  ACK ")).toEqual({ verb: "ack" });
    expect(parseDrillCommand("mitigated")).toEqual({ verb: "mitigated" });
    expect(parseDrillCommand("escalate Payments DBA")).toEqual({ verb: "escalate", team: "Payments DBA" });
    expect(parseDrillCommand("escalate to Match")).toEqual({ verb: "escalate", team: "Match" });
    expect(parseDrillCommand("")).toEqual({ verb: "help" });
  });

  it("answers unknown words and a missing team with help that says what was wrong", () => {
    expect(parseDrillCommand("reboot prod")).toEqual({ verb: "help", unknown: '"reboot" is not a /drill command' });
    expect(parseDrillCommand("escalate")).toEqual({ verb: "help", unknown: "escalate needs a team: /drill escalate <team>" });
  });
});
