import { describe, expect, it } from "vitest";
import { activeTokens, limitViolations, messageTexts } from "./check-limits";
import type { SlackMessage } from "./elements";
import { escalationMessage } from "./escalation";
import type { PersonShown } from "./people";
import { rosterMessage } from "./roster";

const HOSTILE = "<!channel> <https://evil.example|click> <@U999> & Co";
const allText = (message: SlackMessage) => messageTexts(message).map(({ text }) => text).join("\n");

const ann: PersonShown = { name: "Ann", role: "incident_commander", team: "payments", slackId: "U0ANN" };
const bo: PersonShown = { name: "Bo", role: "active_responder" };

describe("rosterMessage", () => {
  it("mentions people with a Slack id and names the others, with role and team", () => {
    const message = rosterMessage({ people: [ann, bo], notFound: [] });
    expect(allText(message)).toContain("• <@U0ANN> · Incident commander · payments\n• *Bo* · Active responder");
    expect(activeTokens(message)).toEqual([{ type: "user", id: "U0ANN" }]);
    expect(limitViolations(message)).toEqual([]);
  });

  it("uses names, not mentions, in the notification text", () => {
    const message = rosterMessage({ people: [ann, bo], notFound: [] });
    expect(message.text).toBe("Paged into the channel: Ann, Bo");
  });

  it("warns about people not found in Slack", () => {
    const message = rosterMessage({ people: [ann], notFound: ["Cy", "Di"] });
    const last = message.blocks.at(-1);
    expect(last?.type).toBe("context");
    expect(allText(message)).toContain("⚠️ Not found in Slack, invite them by hand: Cy, Di");
    expect(message.text).toContain("Not found in Slack: Cy, Di");
  });

  it("says so when no one could be paged", () => {
    const message = rosterMessage({ people: [], notFound: ["Cy"] });
    expect(allText(message)).toContain("No one could be paged");
    expect(limitViolations(message)).toEqual([]);
    expect(limitViolations(rosterMessage({ people: [], notFound: [] }))).toEqual([]);
  });

  it("never puts an id Slack could not have issued inside <@…>", () => {
    const sneaky: PersonShown[] = [
      { name: "Eve", role: "observer", slackId: "U1>|<!channel" },
      { name: "Mal", role: "observer", slackId: "u123" },
      { name: "Tim", role: "observer", slackId: "C123" },
      { name: "Zed", role: "observer", slackId: "" },
    ];
    const message = rosterMessage({ people: sneaky, notFound: [] });
    expect(activeTokens(message)).toEqual([]);
    expect(allText(message)).toContain("*Eve*");
  });

  it("escapes hostile names, roles, teams and missing names", () => {
    const message = rosterMessage({ people: [{ name: HOSTILE, role: HOSTILE, team: HOSTILE }], notFound: [HOSTILE] });
    expect(activeTokens(message)).toEqual([]);
    expect(allText(message)).toContain("&lt;!channel&gt;");
  });

  it("stays within the block limit for a hundred long entries", () => {
    const people = Array.from({ length: 100 }, (_, index): PersonShown => ({ name: `${"Person ".repeat(80)}${index}`, role: "active_responder", team: "t".repeat(300), slackId: index % 2 ? `U${index}` : undefined }));
    const message = rosterMessage({ people, notFound: Array.from({ length: 100 }, (_, index) => `Missing ${"x".repeat(50)} ${index}`) });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(limitViolations(message)).toEqual([]);
  });

  it("shows only the fields it knows", () => {
    const person = { ...ann, email: "ann@secret.example", phone: "+1 555" } as PersonShown;
    const message = rosterMessage({ people: [person], notFound: [], rootCause: "pool exhausted" } as never);
    expect(JSON.stringify(message)).not.toMatch(/secret\.example|555|pool exhausted/);
  });
});

describe("escalationMessage", () => {
  it("names the team and pages its people", () => {
    const message = escalationMessage({ team: "database", people: [ann, bo] });
    expect(allText(message)).toContain("🚨 *Escalated to database*");
    expect(allText(message)).toContain("• <@U0ANN> · Incident commander · payments");
    expect(message.text).toBe("Escalated to database: Ann, Bo");
    expect(limitViolations(message)).toEqual([]);
  });

  it("says so when no one from the team could be paged", () => {
    const message = escalationMessage({ team: "database", people: [] });
    expect(allText(message)).toContain("No one from this team could be paged in automatically.");
    expect(limitViolations(message)).toEqual([]);
  });

  it("escapes a hostile team and stays within limits for a hundred people", () => {
    const people = Array.from({ length: 100 }, (_, index): PersonShown => ({ name: HOSTILE.repeat(5), role: "escalation_responder", slackId: `W${index}` }));
    const message = escalationMessage({ team: HOSTILE, people });
    expect(activeTokens(message).every((node) => node.type === "user")).toBe(true);
    expect(limitViolations(message)).toEqual([]);
  });
});
