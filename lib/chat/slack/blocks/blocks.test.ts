import type { ActionsBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { ALERT_ACK_ACTION, alertAckValue, alertMessage, parseAlertAckValue, type AlertShown } from "./alert";
import { briefingMessage } from "./briefing";
import { activeTokens, limitViolations, messageTexts } from "./check-limits";
import type { SlackMessage } from "./elements";
import { hintMessage } from "./hint";

const HOSTILE = "<!channel> <!here|here> <https://evil.example|click> <@U999> <#C1> & Co";

const allText = (message: SlackMessage) => messageTexts(message).map(({ text }) => text).join("\n");

const types = (message: SlackMessage) => message.blocks.map((block) => block.type);
const actions = (message: SlackMessage) => message.blocks.filter((block): block is ActionsBlock => block.type === "actions");
const contexts = (message: SlackMessage) => messageTexts(message).filter(({ where }) => where === "context").map(({ text }) => text);

const alert = (overrides: Partial<AlertShown> = {}): AlertShown => ({ id: "db-latency", source: "pagerduty", severity: "critical", title: "Checkout p99 latency over 2s", body: "p99 is 2.4s on checkout-api", ...overrides });
const SOURCES = ["pagerduty", "grafana", "custom"] as const;

describe("alert acknowledgement value", () => {
  it("round-trips drill and alert ids", () => {
    const value = alertAckValue({ drillId: "clx1", alertId: "db-latency" });
    expect(parseAlertAckValue(value)).toEqual({ drillId: "clx1", alertId: "db-latency" });
  });

  it("returns null for anything it did not write", () => {
    for (const garbage of [undefined, null, 42, "", "not json", "[]", "null", '{"drillId":"a"}', '{"drillId":1,"alertId":"b"}', '{"drillId":"","alertId":"b"}', `{"drillId":"${"a".repeat(3000)}","alertId":"b"}`]) {
      expect(parseAlertAckValue(garbage), String(garbage)).toBeNull();
    }
  });

  it("keeps only the two ids", () => {
    expect(parseAlertAckValue('{"drillId":"a","alertId":"b","admin":true,"__proto__":{"x":1}}')).toEqual({ drillId: "a", alertId: "b" });
  });

  it("refuses ids no drill has", () => {
    expect(() => alertAckValue({ drillId: "", alertId: "b" })).toThrow();
  });
});

describe("alertMessage", () => {
  it("looks like a PagerDuty page with an Acknowledge button", () => {
    const message = alertMessage({ drillId: "clx1", alert: alert() });
    expect(types(message)).toEqual(["section", "section", "section", "actions", "context"]);
    expect(allText(message)).toContain("*[Triggered]* Checkout p99 latency over 2s");
    expect(allText(message)).toContain("*Urgency*\nHigh");
    expect(message.text).toContain("[Triggered]");
    const [button] = actions(message)[0]?.elements ?? [];
    expect(button).toMatchObject({ type: "button", action_id: ALERT_ACK_ACTION, text: { type: "plain_text", text: "Acknowledge" } });
    expect(button?.type === "button" && ["primary", "danger"].includes(button.style ?? "")).toBe(true);
    expect(parseAlertAckValue(button?.type === "button" ? button.value : undefined)).toEqual({ drillId: "clx1", alertId: "db-latency" });
  });

  it("replaces the button with who acknowledged, and when", () => {
    const message = alertMessage({ drillId: "clx1", alert: alert(), acknowledgedBy: { name: "Ann", atLabel: "T+03:10" } });
    expect(actions(message)).toEqual([]);
    expect(contexts(message)).toContain("✅ Acknowledged by *Ann* at T+03:10");
    expect(allText(message)).toContain("*[Acknowledged]*");
    expect(allText(message)).toContain("*Status*\nAcknowledged");
    expect(allText(message)).not.toContain("Triggered");
  });

  it("looks like a Grafana alert, without a button", () => {
    const message = alertMessage({ drillId: "clx1", alert: alert({ source: "grafana", severity: "warning" }) });
    expect(actions(message)).toEqual([]);
    expect(allText(message)).toContain("*[FIRING:1]* Checkout p99 latency over 2s");
    expect(contexts(message).some((text) => text.includes("alertname = Checkout p99 latency over 2s") && text.includes("severity = warning"))).toBe(true);
    const acknowledged = alertMessage({ drillId: "clx1", alert: alert({ source: "grafana" }), acknowledgedBy: { name: "Bo", atLabel: "T+01:00" } });
    expect(contexts(acknowledged)).toContain("✅ Acknowledged by *Bo* at T+01:00");
  });

  it("shows a custom alert as a trend, under a header", () => {
    const message = alertMessage({ drillId: "clx1", alert: alert({ source: "custom", severity: "info" }) });
    expect(message.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "📈 Checkout p99 latency over 2s", emoji: true } });
    expect(actions(message)).toEqual([]);
    expect(contexts(message)).toContain("🔵 Severity: *Info*");
  });

  it("looks different for each source", () => {
    const looks = SOURCES.map((source) => JSON.stringify(alertMessage({ drillId: "d", alert: alert({ source }) }).blocks[0]));
    expect(new Set(looks).size).toBe(3);
  });

  it.each(SOURCES)("marks a %s alert as a drill and stays within limits", (source) => {
    for (const acknowledgedBy of [undefined, { name: "Ann", atLabel: "T+01:00" }]) {
      const message = alertMessage({ drillId: "d", alert: alert({ source }), acknowledgedBy });
      expect(contexts(message).some((text) => text.includes("*DRILL*"))).toBe(true);
      expect(message.text).toContain("[DRILL]");
      expect(limitViolations(message)).toEqual([]);
    }
  });

  it.each(SOURCES)("escapes hostile author text in a %s alert", (source) => {
    const message = alertMessage({ drillId: "d", alert: alert({ source, title: HOSTILE, body: `${HOSTILE}\n${HOSTILE}` }), acknowledgedBy: { name: HOSTILE, atLabel: HOSTILE } });
    expect(activeTokens(message)).toEqual([]);
    expect(allText(message)).toContain("&lt;!channel&gt;");
    expect(allText(message)).toContain("&amp; Co");
  });

  it("leaves out an empty body", () => {
    for (const source of SOURCES) expect(limitViolations(alertMessage({ drillId: "d", alert: alert({ source, body: "  " }) }))).toEqual([]);
  });

  it("truncates long titles and bodies within limits", () => {
    for (const source of SOURCES) {
      const message = alertMessage({ drillId: "d", alert: alert({ source, title: "🔥".repeat(400), body: "&<>".repeat(2000) }) });
      expect(limitViolations(message)).toEqual([]);
    }
  });

  it("survives a severity it does not know", () => {
    const message = alertMessage({ drillId: "d", alert: alert({ severity: "constructor" as never }) });
    expect(allText(message)).toContain("Info");
  });
});

describe("briefingMessage", () => {
  it("says it is a drill, then gives the briefing and the time box", () => {
    const message = briefingMessage({ drillTitle: "Checkout down", text: "The checkout is slow.\nFind out why.", timeBoxMinutes: 45 });
    expect(message.blocks[0]).toMatchObject({ type: "header", text: { text: expect.stringContaining("DRILL") } });
    expect(allText(message)).toContain("The checkout is slow.\nFind out why.");
    expect(contexts(message)).toContain("⏱️ Time box: *45 minutes*");
    expect(message.text).toMatch(/DRILL.*Checkout down.*exercise.*45 minutes/);
    expect(limitViolations(message)).toEqual([]);
    expect(allText(briefingMessage({ drillTitle: "t", text: "x", timeBoxMinutes: 1 }))).toContain("*1 minute*");
  });

  it("escapes hostile text and splits a long briefing within limits", () => {
    const message = briefingMessage({ drillTitle: HOSTILE, text: Array.from({ length: 400 }, () => HOSTILE).join("\n"), timeBoxMinutes: 30 });
    expect(activeTokens(message)).toEqual([]);
    expect(limitViolations(message)).toEqual([]);
    expect(message.blocks.filter((block) => block.type === "section").length).toBeGreaterThan(2);
  });

  it("leaves out an empty briefing", () => {
    expect(limitViolations(briefingMessage({ drillTitle: "t", text: " ", timeBoxMinutes: 30 }))).toEqual([]);
  });
});

describe("hintMessage", () => {
  it("numbers the hint and quotes its text", () => {
    const message = hintMessage({ number: 2, text: "Look at the pool.\nAnd the replicas." });
    expect(types(message)).toEqual(["section", "section", "context"]);
    expect(allText(message)).toContain("💡 *Hint 2*");
    expect(allText(message)).toContain("> Look at the pool.\n> And the replicas.");
    expect(message.text).toBe("💡 Hint 2: Look at the pool.\nAnd the replicas.");
  });

  it("escapes hostile text", () => {
    const message = hintMessage({ number: 1, text: HOSTILE });
    expect(activeTokens(message)).toEqual([]);
    expect(limitViolations(message)).toEqual([]);
  });

  it("keeps a long hint within limits", () => {
    expect(limitViolations(hintMessage({ number: 1, text: "&".repeat(5000) }))).toEqual([]);
  });
});
