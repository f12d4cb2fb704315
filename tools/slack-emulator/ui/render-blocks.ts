import type { Block } from "../types";
import { escapeHtml } from "./escape";
import { mrkdwnHtml } from "./mrkdwn-html";

type Names = (userId: string) => string | undefined;

/** The `text` of a Block Kit text object, or of a bare string. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as { text?: unknown }).text === "string") {
    return (value as { text: string }).text;
  }
  return "";
}

/** A text object: mrkdwn rendered, plain_text (and anything else) escaped as is. */
function textHtml(value: unknown, names: Names): string {
  const text = textOf(value);
  const plain = value && typeof value === "object" && (value as { type?: unknown }).type === "plain_text";
  return plain ? escapeHtml(text).replace(/\n/g, "<br>") : mrkdwnHtml(text, names);
}

function buttonHtml(element: Record<string, unknown>, messageTs: string): string {
  const style = element.style === "primary" || element.style === "danger" ? ` ${element.style}` : "";
  return `<button class="block-button${style}" data-act="click" data-ts="${escapeHtml(messageTs)}" data-action-id="${escapeHtml(element.action_id)}">${escapeHtml(textOf(element.text))}</button>`;
}

function elementHtml(element: unknown, messageTs: string, names: Names): string {
  if (!element || typeof element !== "object") return "";
  const fields = element as Record<string, unknown>;
  if (fields.type === "button") return buttonHtml(fields, messageTs);
  if (fields.type === "image") return `<span class="muted">[image: ${escapeHtml(fields.alt_text)}]</span>`;
  return textOf(fields) ? `<span>${textHtml(fields, names)}</span>` : `<span class="muted">[${escapeHtml(fields.type)}]</span>`;
}

function blockHtml(block: Block, messageTs: string, names: Names): string {
  const elements = Array.isArray(block.elements) ? block.elements : [];
  switch (block.type) {
    case "header":
      return `<div class="block header">${escapeHtml(textOf(block.text))}</div>`;
    case "section": {
      const fields = Array.isArray(block.fields) ? block.fields.map((field) => `<div>${textHtml(field, names)}</div>`).join("") : "";
      const accessory = block.accessory ? elementHtml(block.accessory, messageTs, names) : "";
      return `<div class="block section"><div>${textHtml(block.text, names)}</div>${fields ? `<div class="fields">${fields}</div>` : ""}${accessory}</div>`;
    }
    case "context":
      return `<div class="block context">${elements.map((element) => elementHtml(element, messageTs, names)).join(" · ")}</div>`;
    case "actions":
      return `<div class="block actions">${elements.map((element) => elementHtml(element, messageTs, names)).join("")}</div>`;
    case "divider":
      return `<hr class="block">`;
    default:
      return `<div class="block muted">[${escapeHtml(block.type)} block]</div>`;
  }
}

/** Slack shows blocks instead of text when there are any; a human's rich_text only mirrors the text. */
export function messageBodyHtml(text: string, blocks: Block[] | undefined, messageTs: string, names: Names): string {
  const shown = (blocks ?? []).filter((block) => block.type !== "rich_text");
  if (shown.length === 0) return `<div class="text">${mrkdwnHtml(text, names)}</div>`;
  return shown.map((block) => blockHtml(block, messageTs, names)).join("");
}
