import { describe, expect, it } from "vitest";
import { activeTokens, limitViolations, messageTexts } from "./check-limits";
import { commandHelpText } from "./command-help";
import type { SlackMessage } from "./elements";
import { statusMessage, type StatusInput } from "./status";

const HOSTILE = "<!channel> <https://evil.example|click> <@U999> & Co";
const allText = (message: SlackMessage) => messageTexts(message).map(({ text }) => text).join("\n");

const status = (overrides: Partial<StatusInput> = {}): StatusInput => ({
  drillTitle: "Checkout down",
  status: "running",
  elapsedLabel: "T+12:34",
  remainingLabel: "32:26",
  milestones: [{ milestone: "impact_identified", offsetLabel: "T+05:00" }],
  pendingEscalationTeams: ["database", "network"],
  ...overrides,
});

describe("commandHelpText", () => {
  it("lists every /drill command, escaping the <team> placeholder", () => {
    const message = commandHelpText();
    const text = allText(message);
    for (const command of ["/drill status", "/drill ack", "/drill escalate &lt;team&gt;", "/drill mitigated", "/drill help"]) expect(text).toContain(command);
    expect(activeTokens(message)).toEqual([]);
    expect(limitViolations(message)).toEqual([]);
  });

  it("says first what was not understood, escaped", () => {
    const message = commandHelpText(`"<!channel>" is not a /drill command`);
    expect(allText(message)).toContain("⚠️ \"&lt;!channel&gt;\" is not a /drill command");
    expect(message.text.startsWith("\"&lt;!channel&gt;\" is not a /drill command.")).toBe(true);
    expect(activeTokens(message)).toEqual([]);
  });
});

describe("statusMessage", () => {
  it("shows the clock, milestones and teams not yet escalated", () => {
    const message = statusMessage(status());
    const text = allText(message);
    expect(text).toContain("*Checkout down* · Running");
    expect(text).toContain("*Elapsed*\nT+12:34");
    expect(text).toContain("*Remaining*\n32:26");
    expect(text).toContain("• `T+05:00` Impact identified");
    expect(text).toContain("⏳ Not yet escalated: database, network.");
    expect(limitViolations(message)).toEqual([]);
  });

  it("says when nothing is reached and leaves out an empty team list", () => {
    const message = statusMessage(status({ milestones: [], pendingEscalationTeams: [] }));
    expect(allText(message)).toContain("_None yet._");
    expect(allText(message)).not.toContain("Not yet escalated");
    expect(limitViolations(message)).toEqual([]);
  });

  it("escapes hostile values and stays within limits for long lists", () => {
    const message = statusMessage(
      status({ drillTitle: HOSTILE, status: HOSTILE, elapsedLabel: HOSTILE, milestones: Array.from({ length: 100 }, () => ({ milestone: HOSTILE.repeat(10), offsetLabel: HOSTILE })), pendingEscalationTeams: Array.from({ length: 100 }, () => HOSTILE) }),
    );
    expect(activeTokens(message)).toEqual([]);
    expect(limitViolations(message)).toEqual([]);
  });
});
