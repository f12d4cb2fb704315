import { formatDuration, formatOffset } from "../../../drill-model/clock";
import { escapeMrkdwn } from "../mrkdwn";
import { context, DRILL_MARKER, fields, header, humanize, lineSections, quote, section, slackMessage, type SlackMessage } from "./elements";

export type DrillOutcome = "mitigated" | "failed" | "timed_out" | "aborted" | (string & {});

export interface SummaryInput {
  drillTitle: string;
  outcome: DrillOutcome;
  durationMs: number;
  milestones: { milestone: string; offsetMs: number }[];
  alertsFired: number;
  hintsReleased: number;
  archiving: boolean;
  /** The facilitator's closing note, only when shared with participants. */
  note?: string;
}

const OUTCOMES: Record<string, { emoji: string; label: string }> = {
  mitigated: { emoji: "✅", label: "Mitigated" },
  failed: { emoji: "❌", label: "Failed" },
  timed_out: { emoji: "⏰", label: "Timed out" },
  aborted: { emoji: "🛑", label: "Aborted" },
};

const finite = (value: number) => (Number.isFinite(value) ? value : 0);

/** The end of the drill, in the channel: outcome, how long it took and what was reached when. Reads only the fields it names. */
export function summaryMessage(input: SummaryInput): SlackMessage {
  const { drillTitle, outcome, durationMs, milestones, alertsFired, hintsReleased, archiving } = input;
  const note = input.note?.trim() ?? "";
  const { emoji, label } = (Object.hasOwn(OUTCOMES, outcome) ? OUTCOMES[outcome] : undefined) ?? { emoji: "🏁", label: humanize(outcome) };
  const reached = [...milestones]
    .sort((a, b) => finite(a.offsetMs) - finite(b.offsetMs))
    .map(({ milestone, offsetMs }) => `• \`${formatOffset(finite(offsetMs))}\` ${escapeMrkdwn(humanize(milestone))}`);
  const duration = formatDuration(finite(durationMs));
  return slackMessage(`🏁 Drill ended: ${escapeMrkdwn(drillTitle)}. ${emoji} ${escapeMrkdwn(label)} after ${duration}.`, [
    header(`🏁 Drill ended: ${emoji} ${escapeMrkdwn(label)}`),
    section(`*${escapeMrkdwn(drillTitle)}*`),
    ...(note ? [section(quote(note))] : []),
    fields([
      ["Outcome", `${emoji} ${escapeMrkdwn(label)}`],
      ["Duration", duration],
      ["Alerts fired", String(finite(alertsFired))],
      ["Hints released", String(finite(hintsReleased))],
    ]),
    ...(reached.length ? [section("*Milestones*"), ...lineSections(reached, { maxSections: 40 })] : [section("*Milestones*\n_No milestones were reached._")]),
    ...(archiving ? [context("🗄️ This channel will now be archived. Thank you for taking part.")] : []),
    context(DRILL_MARKER),
  ]);
}
