import type { ActionsBlock, KnownBlock } from "@slack/types";
import { z } from "zod";
import { id } from "../../../input/text";
import type { ScriptedAlert } from "../../../scenarios/schemas";
import { escapeMrkdwn } from "../mrkdwn";
import { context, DRILL_MARKER, fields, header, section, slackMessage, type SlackMessage } from "./elements";
import { LIMITS } from "./limits";

/** The action id of an alert's "Acknowledge" button; the Slack listener registers on it. */
export const ALERT_ACK_ACTION = "drill_alert_ack";

const alertAckSchema = z.object({
  drillId: id(),
  alertId: id(),
});
export type AlertAck = z.infer<typeof alertAckSchema>;

/** The button's value: which alert of which drill. Throws on ids no drill can have, a programming error. */
export function alertAckValue(ack: AlertAck): string {
  const { drillId, alertId } = alertAckSchema.parse(ack);
  return JSON.stringify({ drillId, alertId });
}

/** The value back from a button click, or null for anything we did not write. */
export function parseAlertAckValue(value: unknown): AlertAck | null {
  if (typeof value !== "string" || value.length > LIMITS.buttonValue) return null;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = alertAckSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export type AlertShown = Pick<ScriptedAlert, "id" | "source" | "severity" | "title" | "body">;

export interface AlertMessageInput {
  drillId: string;
  alert: AlertShown;
  /** Set once someone acknowledged: the button gives way to who and when. */
  acknowledgedBy?: { name: string; atLabel: string };
}

const SEVERITY = {
  critical: { label: "Critical", emoji: "🔴", urgency: "High" },
  high: { label: "High", emoji: "🟠", urgency: "High" },
  warning: { label: "Warning", emoji: "🟡", urgency: "Low" },
  info: { label: "Info", emoji: "🔵", urgency: "Low" },
} as const;

interface Parts {
  drillId: string;
  alert: AlertShown;
  title: string;
  body: string;
  severityKey: keyof typeof SEVERITY;
  severity: (typeof SEVERITY)[keyof typeof SEVERITY];
  acknowledged: string | null;
}

/** A scripted alert, dressed like the tool it pretends to come from, and always marked as a drill. */
export function alertMessage(input: AlertMessageInput): SlackMessage {
  const { drillId, alert, acknowledgedBy } = input;
  // Stored scripts are JSON: an unknown severity must not crash the post.
  const severityKey = Object.hasOwn(SEVERITY, alert.severity) ? alert.severity : "info";
  const parts: Parts = {
    drillId,
    alert,
    title: escapeMrkdwn(alert.title),
    body: escapeMrkdwn((alert.body ?? "").trim()),
    severityKey,
    severity: SEVERITY[severityKey],
    acknowledged: acknowledgedBy ? `✅ Acknowledged by *${escapeMrkdwn(acknowledgedBy.name)}* at ${escapeMrkdwn(acknowledgedBy.atLabel)}` : null,
  };
  switch (alert.source) {
    case "pagerduty":
      return pagerDutyAlert(parts);
    case "grafana":
      return grafanaAlert(parts);
    default:
      return trendAlert(parts);
  }
}

function pagerDutyAlert({ drillId, alert, title, body, severity, acknowledged }: Parts): SlackMessage {
  const status = acknowledged ? "Acknowledged" : "Triggered";
  const button: ActionsBlock = {
    type: "actions",
    elements: [{ type: "button", action_id: ALERT_ACK_ACTION, style: "primary", text: { type: "plain_text", text: "Acknowledge", emoji: true }, value: alertAckValue({ drillId, alertId: alert.id }) }],
  };
  const blocks: KnownBlock[] = [
    section(`${acknowledged ? "🟡" : "🚨"} *[${status}]* ${title}`),
    fields([
      ["Status", status],
      ["Urgency", severity.urgency],
      ["Severity", `${severity.emoji} ${severity.label}`],
      ["Source", "PagerDuty"],
    ]),
  ];
  if (body) blocks.push(section(body));
  blocks.push(acknowledged ? context(acknowledged) : button, context(DRILL_MARKER, "PagerDuty"));
  return slackMessage(`[DRILL] [${status}] ${title} (${severity.label})`, blocks);
}

function grafanaAlert({ title, body, severityKey, severity, acknowledged }: Parts): SlackMessage {
  const blocks: KnownBlock[] = [section(`🔥 *[FIRING:1]* ${title}`)];
  if (body) blocks.push(section(body));
  blocks.push(context(`*Labels:* alertname = ${title} · severity = ${severityKey} · drill = true`));
  if (acknowledged) blocks.push(context(acknowledged));
  blocks.push(context(DRILL_MARKER, "Grafana Alerting"));
  return slackMessage(`[DRILL] [FIRING:1] ${title} (${severity.label})`, blocks);
}

function trendAlert({ body, title, severity, acknowledged }: Parts): SlackMessage {
  const blocks: KnownBlock[] = [header(`📈 ${title}`)];
  if (body) blocks.push(section(body));
  blocks.push(context(`${severity.emoji} Severity: *${severity.label}*`));
  if (acknowledged) blocks.push(context(acknowledged));
  blocks.push(context(DRILL_MARKER, "Trend alert"));
  return slackMessage(`[DRILL] 📈 ${title} (${severity.label})`, blocks);
}
