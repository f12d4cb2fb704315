/** Block Kit's documented limits (https://docs.slack.dev/reference/block-kit); going over makes Slack reject the whole message. */
export const LIMITS = {
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  sectionField: 2000,
  contextElements: 10,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  blocks: 50,
  /** Slack truncates `text` far later (40,000), but recommends staying under 4,000. */
  fallbackText: 4000,
} as const;

export const ELLIPSIS = "…";
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * At most `max` UTF-16 units, "…" included, cut between graphemes so no emoji or accented letter is
 * split. Slack counts characters, never more than UTF-16 units, so this always fits.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const budget = max - ELLIPSIS.length;
  let cut = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (cut + segment.length > budget) break;
    cut += segment.length;
  }
  return text.slice(0, cut) + ELLIPSIS;
}

/** Like `truncate`, for mrkdwn: never leaves half an entity (`&am`) or half a `<@U…>` token at the cut. */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  return truncate(text, max).slice(0, -ELLIPSIS.length).replace(/&[a-z]*$|<[^>]*$/, "") + ELLIPSIS;
}
