import { format } from "date-fns";

const MAX_LENGTH = 80;

/**
 * A channel name from the configured pattern, valid under Slack's rules: lowercase letters, digits,
 * hyphens and underscores, at most 80 characters. `attempt` > 1 adds a suffix after `name_taken`.
 */
export function channelName(pattern: string, input: { title: string; drillId: string; at: Date }, attempt = 1): string {
  const filled = pattern
    .replaceAll("{date}", format(input.at, "yyyy-MM-dd"))
    .replaceAll("{slug}", input.title)
    .replaceAll("{id}", input.drillId.slice(-6));
  const base = slugify(filled) || `drill-${slugify(input.drillId.slice(-6))}`;
  const suffix = attempt > 1 ? `-${attempt}` : "";
  return `${base.slice(0, MAX_LENGTH - suffix.length).replace(/[-_]+$/, "")}${suffix}`;
}

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "");
}
