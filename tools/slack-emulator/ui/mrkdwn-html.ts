import { parseMrkdwn, type MrkdwnNode } from "../../../lib/chat/slack/mrkdwn";
import { escapeHtml } from "./escape";

/** Slack text shown roughly as Slack shows it: bold, code, quotes, links, mentions by name. Everything escaped. */
export function mrkdwnHtml(text: string, names: (userId: string) => string | undefined): string {
  return parseMrkdwn(text).map((node) => nodeHtml(node, names)).join("");
}

function nodeHtml(node: MrkdwnNode, names: (userId: string) => string | undefined): string {
  const children = (nodes: MrkdwnNode[]) => nodes.map((child) => nodeHtml(child, names)).join("");
  switch (node.type) {
    case "text":
      return escapeHtml(node.text);
    case "br":
      return "<br>";
    case "bold":
      return `<b>${children(node.children)}</b>`;
    case "italic":
      return `<i>${children(node.children)}</i>`;
    case "strike":
      return `<s>${children(node.children)}</s>`;
    case "code":
      return `<code>${escapeHtml(node.text)}</code>`;
    case "pre":
      return `<pre>${escapeHtml(node.text)}</pre>`;
    case "quote":
      return `<blockquote>${children(node.children)}</blockquote>`;
    case "link":
      return `<a href="${escapeHtml(node.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(node.label)}</a>`;
    case "user":
      return `<span class="mention">@${escapeHtml(names(node.id) ?? node.label ?? node.id)}</span>`;
    case "channel":
      return `<span class="mention">#${escapeHtml(node.name ?? node.id)}</span>`;
    case "broadcast":
      return `<span class="mention">@${escapeHtml(node.name)}</span>`;
    case "usergroup":
      return `<span class="mention">${escapeHtml(node.label ?? node.id)}</span>`;
  }
}
