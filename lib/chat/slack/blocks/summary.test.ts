import { describe, expect, it } from "vitest";
import { abortedMessage } from "./aborted";
import { activeTokens, limitViolations, messageTexts } from "./check-limits";
import type { SlackMessage } from "./elements";
import { summaryMessage, type SummaryInput } from "./summary";

const HOSTILE = "<!channel> <https://evil.example|click> <@U999> & Co";
const allText = (message: SlackMessage) => messageTexts(message).map(({ text }) => text).join("\n");

const summary = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
  drillTitle: "Checkout down",
  outcome: "mitigated",
  durationMs: 27 * 60_000 + 5_000,
  milestones: [
    { milestone: "mitigated", offsetMs: 20 * 60_000 },
    { milestone: "acknowledged", offsetMs: 2 * 60_000 + 7_000 },
  ],
  alertsFired: 3,
  hintsReleased: 1,
  archiving: false,
  ...overrides,
});

describe("summaryMessage", () => {
  it("gives the outcome, duration, milestones in order and counts", () => {
    const message = summaryMessage(summary());
    expect(message.blocks[0]).toMatchObject({ type: "header", text: { text: "🏁 Drill ended: ✅ Mitigated" } });
    const text = allText(message);
    expect(text).toContain("*Duration*\n27:05");
    expect(text).toContain("*Alerts fired*\n3");
    expect(text).toContain("*Hints released*\n1");
    expect(text).toContain("• `T+02:07` Acknowledged\n• `T+20:00` Mitigated");
    expect(text).not.toContain("archived");
    expect(limitViolations(message)).toEqual([]);
  });

  it.each([
    ["mitigated", "✅ Mitigated"],
    ["failed", "❌ Failed"],
    ["timed_out", "⏰ Timed out"],
    ["aborted", "🛑 Aborted"],
    ["in_review", "🏁 In review"],
  ])("shows the %s outcome", (outcome, shown) => {
    expect(allText(summaryMessage(summary({ outcome })))).toContain(`*Outcome*\n${shown}`);
  });

  it("says the channel will be archived when it will", () => {
    expect(allText(summaryMessage(summary({ archiving: true })))).toContain("This channel will now be archived.");
  });

  it("promises no retrospective: there may never be one", () => {
    for (const archiving of [true, false]) expect(allText(summaryMessage(summary({ archiving })))).not.toMatch(/retrospective/i);
    expect(allText(abortedMessage({ note: "stopping" }))).not.toMatch(/retrospective/i);
  });

  it("says when no milestone was reached", () => {
    const message = summaryMessage(summary({ milestones: [] }));
    expect(allText(message)).toContain("_No milestones were reached._");
    expect(limitViolations(message)).toEqual([]);
  });

  it("escapes hostile titles, outcomes and milestone names", () => {
    const message = summaryMessage(summary({ drillTitle: HOSTILE, outcome: HOSTILE, milestones: [{ milestone: HOSTILE, offsetMs: 0 }] }));
    expect(activeTokens(message)).toEqual([]);
  });

  it("stays within limits with a hundred milestones, in order", () => {
    const milestones = Array.from({ length: 100 }, (_, index) => ({ milestone: `m_${index}_${"x".repeat(300)}`, offsetMs: (100 - index) * 1000 }));
    const message = summaryMessage(summary({ milestones, drillTitle: "t".repeat(5000) }));
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(limitViolations(message)).toEqual([]);
    const text = allText(message);
    expect(text.indexOf("M 99")).toBeLessThan(text.indexOf("M 0"));
  });

  it("survives numbers that are not numbers", () => {
    const message = summaryMessage(summary({ durationMs: Number.NaN, alertsFired: Number.NaN, milestones: [{ milestone: "acknowledged", offsetMs: Number.NaN }] }));
    expect(allText(message)).not.toContain("NaN");
  });

  it("shows only the fields it was given", () => {
    const message = summaryMessage({ ...summary(), rootCause: "connection pool exhausted", modelAnswer: "restart the pool", injections: ["kill-replica"] } as SummaryInput);
    expect(JSON.stringify(message)).not.toMatch(/pool|kill-replica/);
  });
});

describe("abortedMessage", () => {
  it("says the drill was stopped, with the facilitator's note", () => {
    const message = abortedMessage({ note: "Real incident in progress,\nwe will rerun tomorrow." });
    expect(allText(message)).toContain("🛑 *The drill was stopped by the facilitator.*");
    expect(allText(message)).toContain("> Real incident in progress,\n> we will rerun tomorrow.");
    expect(message.text).toBe("🛑 The drill was stopped.");
    expect(limitViolations(message)).toEqual([]);
  });

  it("leaves out an empty note", () => {
    const message = abortedMessage({ note: "  " });
    expect(message.blocks.map((block) => block.type)).toEqual(["section", "context"]);
    expect(limitViolations(abortedMessage({}))).toEqual([]);
  });

  it("escapes a hostile note", () => {
    expect(activeTokens(abortedMessage({ note: HOSTILE }))).toEqual([]);
  });

  it("reveals nothing about injections, even when handed them", () => {
    const message = abortedMessage({ note: "", injections: [{ name: "kill-replica" }], rolledBack: ["drop-cache"], rootCause: "pool" } as never);
    expect(JSON.stringify(message)).not.toMatch(/kill-replica|drop-cache|pool|inject|roll/i);
  });
});
