import { slackId } from "../ids";
import type { Block } from "../types";
import { type ApiArgs, jsonArg, SlackApiError } from "./context";

const MAX_BLOCKS = 50;
const KNOWN_TYPES = new Set([
  "actions",
  "context",
  "divider",
  "file",
  "header",
  "image",
  "input",
  "markdown",
  "rich_text",
  "section",
  "video",
]);

/**
 * Block Kit as Slack checks it before storing: an array of at most 50 objects of known types.
 * Slack gives every block a block_id when the app leaves it out; so does this.
 */
export function blocksArg(args: ApiArgs): Block[] | undefined {
  const value = jsonArg(args, "blocks", "invalid_blocks_format");
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > MAX_BLOCKS) throw new SlackApiError("invalid_blocks");
  return value.map((block: unknown) => {
    if (!block || typeof block !== "object" || Array.isArray(block)) throw new SlackApiError("invalid_blocks");
    const candidate = block as Record<string, unknown>;
    if (typeof candidate.type !== "string" || !KNOWN_TYPES.has(candidate.type)) throw new SlackApiError("invalid_blocks");
    const blockId = typeof candidate.block_id === "string" ? candidate.block_id : slackId("", 5);
    return { ...candidate, type: candidate.type, block_id: blockId };
  });
}
