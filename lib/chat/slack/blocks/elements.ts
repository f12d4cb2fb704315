import type { ContextBlock, HeaderBlock, KnownBlock, MrkdwnElement, SectionBlock } from "@slack/types";
import { escapeMrkdwn } from "../mrkdwn";
import { LIMITS, truncateMrkdwn } from "./limits";

/** What chat.postMessage and chat.update take. `text` is the notification and screen-reader fallback; it is mrkdwn too. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

// verbatim: without it Slack auto-links and auto-parses mentions in plain text; our own `<@U…>` tokens still work.
const mrkdwn = (text: string, max: number): MrkdwnElement => ({ type: "mrkdwn", text: truncateMrkdwn(text, max), verbatim: true });

/** Text already escaped: Slack decodes its three entities in plain_text too ("Escaping text"). */
export const header = (text: string): HeaderBlock => ({ type: "header", text: { type: "plain_text", text: truncateMrkdwn(text.trim() || "—", LIMITS.headerText), emoji: true } });

export const section = (text: string): SectionBlock => ({ type: "section", text: mrkdwn(text, LIMITS.sectionText) });

/** Label/value pairs side by side; values must already be escaped. */
export const fields = (pairs: [label: string, value: string][]): SectionBlock => ({
  type: "section",
  fields: pairs.slice(0, LIMITS.sectionFields).map(([label, value]) => mrkdwn(`*${label}*\n${value || "—"}`, LIMITS.sectionField)),
});

export const context = (...texts: string[]): ContextBlock => ({ type: "context", elements: texts.slice(0, LIMITS.contextElements).map((text) => mrkdwn(text, LIMITS.contextText)) });

export const DRILL_MARKER = "🧪 *DRILL*: this is an exercise, not a real incident";

export function slackMessage(fallback: string, blocks: KnownBlock[]): SlackMessage {
  return { text: truncateMrkdwn(fallback, LIMITS.fallbackText), blocks: blocks.slice(0, LIMITS.blocks) };
}

/** Escaped text as a Slack quote, line by line. */
export const quote = (text: string) =>
  escapeMrkdwn(text)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");

/** "impact_identified" → "Impact identified", for enum-like values shown to people. */
export const humanize = (value: string) => {
  const words = value.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const MORE_RESERVE = 40;

/**
 * Lines (already mrkdwn) packed into as few sections as fit, at most `maxSections`; lines that do not
 * fit are counted in a closing "…and N more", so long lists never break the block limits.
 */
export function lineSections(lines: string[], { maxSections, maxLine = 500 }: { maxSections: number; maxLine?: number }): SectionBlock[] {
  const budget = LIMITS.sectionText - MORE_RESERVE;
  const chunks: string[] = [];
  let used = 0;
  for (const raw of lines) {
    const line = truncateMrkdwn(raw, Math.min(maxLine, budget));
    const last = chunks.at(-1);
    if (last !== undefined && last.length + 1 + line.length <= budget) chunks[chunks.length - 1] = `${last}\n${line}`;
    else if (chunks.length < maxSections) chunks.push(line);
    else break;
    used += 1;
  }
  if (used < lines.length && chunks.length > 0) chunks[chunks.length - 1] += `\n_…and ${lines.length - used} more_`;
  return chunks.map(section);
}
