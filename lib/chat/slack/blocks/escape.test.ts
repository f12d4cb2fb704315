import { describe, expect, it } from "vitest";
import { abortedMessage } from "./aborted";
import { alertMessage } from "./alert";
import { briefingMessage } from "./briefing";
import { activeTokens, messageTexts } from "./check-limits";
import { commandHelpText } from "./command-help";
import type { SlackMessage } from "./elements";
import { escalationMessage } from "./escalation";
import { hintMessage } from "./hint";
import { acknowledgedReply, escalatedReply, mitigatedReply, refusalReply } from "./replies";
import { rosterMessage } from "./roster";
import { statusMessage } from "./status";
import { summaryMessage } from "./summary";

// Slack's "Escaping text": &, < and > are control characters in every text object and in a
// message's `text`; anything we did not mean as a link, mention or broadcast must arrive as entities.
const H = "<!channel> & <script>";
const person = { name: H, role: H, team: H };

const BUILT: [string, SlackMessage][] = [
  ...(["pagerduty", "grafana", "custom"] as const).flatMap((source): [string, SlackMessage][] => {
    const alert = { id: "a1", source, severity: H as "critical", title: H, body: `${H}\n${H}` };
    return [
      [`${source} alert`, alertMessage({ drillId: "d1", alert })],
      [`${source} alert acknowledged`, alertMessage({ drillId: "d1", alert, acknowledgedBy: { name: H, atLabel: H } })],
    ];
  }),
  ["aborted", abortedMessage({ note: H })],
  ["briefing", briefingMessage({ drillTitle: H, text: `${H}\n${H}`, timeBoxMinutes: 30 })],
  ["command help", commandHelpText(H)],
  ["escalation", escalationMessage({ team: H, people: [person] })],
  ["hint", hintMessage({ number: 1, text: H })],
  ["roster", rosterMessage({ people: [person], notFound: [H] })],
  ["status", statusMessage({ drillTitle: H, status: H, elapsedLabel: H, remainingLabel: H, milestones: [{ milestone: H, offsetLabel: H }], pendingEscalationTeams: [H] })],
  ["summary", summaryMessage({ drillTitle: H, outcome: H, durationMs: 60_000, milestones: [{ milestone: H, offsetMs: 1000 }], alertsFired: 1, hintsReleased: 1, archiving: true, note: H })],
  ["ack reply", { blocks: [], ...acknowledgedReply({ title: H, first: true }) }],
  ["escalated reply", { blocks: [], ...escalatedReply(H) }],
  ["mitigated reply", { blocks: [], ...mitigatedReply() }],
  ["refusal reply", { blocks: [], ...refusalReply(`"${H}" was already acknowledged by ${H} at T+01:00.`) }],
];

/** Every `&` opens one of Slack's three entities; every `<` opens a token we write on purpose, every `>` closes one. */
const RAW_AMPERSAND = /&(?!amp;|lt;|gt;)/;
const TOKEN = /<(?:@[UW][A-Z0-9]+|#[CG][A-Z0-9]+|!here|https?:\/\/[^\s|<>]+(?:\|[^<>]*)?)>/g;
// A line starting "> " is a quote, written on purpose.
const unintendedAngles = (text: string) => /[<>]/.test(text.replace(TOKEN, "").replace(/^> /gm, ""));

describe("every text the bot sends, with hostile input", () => {
  it.each(BUILT)("%s: no unescaped user text in any text field or the fallback", (_, message) => {
    const texts = messageTexts(message);
    expect(texts.length).toBeGreaterThan(0);
    for (const { text, where } of texts) {
      expect(text, where).not.toContain("<!channel>");
      expect(text, where).not.toContain("<script>");
      expect(text, `raw & in ${where}: ${text}`).not.toMatch(RAW_AMPERSAND);
      expect(unintendedAngles(text), `raw < or > in ${where}: ${text}`).toBe(false);
    }
    expect(activeTokens(message)).toEqual([]);
  });

  it("keeps the mentions and links we write on purpose", () => {
    const roster = rosterMessage({ people: [{ name: H, role: "incident_commander", slackId: "U0ANN" }], notFound: [] });
    expect(activeTokens(roster)).toEqual([{ type: "user", id: "U0ANN" }]);
    for (const { text } of messageTexts(roster)) expect(unintendedAngles(text)).toBe(false);
  });

  it("says what the replies say, once unescaped", () => {
    expect(acknowledgedReply({ title: "A & B", first: true }).text).toBe('Acknowledged "A &amp; B" (first acknowledgement of the drill).');
    expect(escalatedReply("DBA <oncall>").text).toBe("Escalated to DBA &lt;oncall&gt;: they are being invited to this channel.");
  });
});
