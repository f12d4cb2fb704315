import type { Ephemeral, StoredMessage } from "../types";
import type { Workspace } from "../workspace";
import { escapeHtml } from "./escape";
import { messageBodyHtml } from "./render-blocks";
import { CLIENT_SCRIPT, STYLES } from "./script";

export interface PageView {
  workspace: Workspace;
  deliverTo: string | undefined;
  channelId?: string;
  asUserId?: string;
}

function nameOf(workspace: Workspace, userId: string): string {
  return workspace.anyUser(userId)?.real_name ?? userId;
}

function timeOf(ts: string): string {
  const seconds = Number(ts.split(".")[0]);
  return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString().slice(11, 19) : "";
}

function reactionsHtml(message: StoredMessage, asUserId: string | undefined): string {
  const chips = (message.reactions ?? []).map((reaction) => {
    const mine = asUserId !== undefined && reaction.users.includes(asUserId);
    return `<button class="reaction${mine ? " mine" : ""}" data-act="${mine ? "unreact" : "react"}" data-ts="${escapeHtml(message.ts)}" data-name="${escapeHtml(reaction.name)}">:${escapeHtml(reaction.name)}: ${reaction.count}</button>`;
  });
  return chips.join("");
}

function messageHtml(view: PageView, message: StoredMessage, isReply: boolean): string {
  const { workspace, asUserId } = view;
  const classes = ["message", isReply ? "reply" : "", message.bot_id ? "bot" : ""].filter(Boolean).join(" ");
  const head = `<div class="meta"><strong>${escapeHtml(nameOf(workspace, message.user))}</strong> <span class="muted">${escapeHtml(timeOf(message.ts))} · ${escapeHtml(message.ts)}</span>${message.edited ? ' <span class="muted">(edited)</span>' : ""}</div>`;
  if (message.deleted) return `<div class="${classes} deleted">${head}<div class="muted">This message was deleted.</div></div>`;
  const own = asUserId !== undefined && message.user === asUserId;
  const tools = [
    `<button data-act="react-prompt" data-ts="${escapeHtml(message.ts)}">React</button>`,
    isReply ? "" : `<button data-act="reply" data-ts="${escapeHtml(message.ts)}">Reply</button>`,
    own ? `<button data-act="edit" data-ts="${escapeHtml(message.ts)}" data-text="${escapeHtml(message.text)}">Edit</button>` : "",
    own ? `<button data-act="remove" data-ts="${escapeHtml(message.ts)}">Delete</button>` : "",
  ].join("");
  return `<div class="${classes}">${head}${messageBodyHtml(message.text, message.blocks, message.ts, (id) => workspace.anyUser(id)?.real_name)}<div class="tools">${reactionsHtml(message, asUserId)}${tools}</div></div>`;
}

function ephemeralHtml(view: PageView, ephemeral: Ephemeral): string {
  const body = messageBodyHtml(ephemeral.text, ephemeral.blocks, ephemeral.message_ts, (id) => view.workspace.anyUser(id)?.real_name);
  return `<div class="message ephemeral"><div class="meta"><strong>${escapeHtml(view.workspace.botUser.real_name)}</strong> <span class="muted">Only visible to you · ${escapeHtml(ephemeral.source)}</span></div>${body}</div>`;
}

function channelListHtml(view: PageView): string {
  const query = (channelId: string) => `?channel=${encodeURIComponent(channelId)}${view.asUserId ? `&as=${encodeURIComponent(view.asUserId)}` : ""}`;
  const items = [...view.workspace.channels.values()].map((channel) => {
    const selected = channel.id === view.channelId ? ' aria-current="page"' : "";
    const marks = `${channel.is_private ? " 🔒" : ""}${channel.is_archived ? " (archived)" : ""}`;
    return `<li><a href="${escapeHtml(query(channel.id))}"${selected}>#${escapeHtml(channel.name)}${escapeHtml(marks)}</a></li>`;
  });
  return `<nav><h2>Channels</h2><ul>${items.join("") || '<li class="muted">No channels yet</li>'}</ul></nav>`;
}

function channelPanelHtml(view: PageView): string {
  const { workspace, channelId, asUserId } = view;
  const channel = channelId ? workspace.channels.get(channelId) : undefined;
  if (!channel) return `<section class="panel"><p class="muted">Pick a channel.</p></section>`;
  const all = workspace.messagesOf(channel.id);
  const stamps = new Set(all.map((message) => message.ts));
  // A reply whose parent is unknown (the app sent a bad thread_ts) still shows, at the top level.
  const topLevel = all.filter((message) => !message.thread_ts || message.thread_ts === message.ts || !stamps.has(message.thread_ts));
  const rows = topLevel.map((message) => {
    const replies = all.filter((reply) => reply.thread_ts === message.ts && reply.ts !== message.ts);
    return messageHtml(view, message, false) + replies.map((reply) => messageHtml(view, reply, true)).join("");
  });
  const ephemerals = workspace.ephemerals
    .filter((ephemeral) => ephemeral.channel === channel.id && ephemeral.user === asUserId && !ephemeral.deleted)
    .map((ephemeral) => ephemeralHtml(view, ephemeral));
  const members = channel.members.map((id) => escapeHtml(nameOf(workspace, id))).join(", ");
  const canJoin = asUserId !== undefined && workspace.users.has(asUserId) && !channel.members.includes(asUserId) && !channel.is_archived;
  return `<section class="panel" data-channel="${escapeHtml(channel.id)}">
<h2>#${escapeHtml(channel.name)} <span class="muted">${escapeHtml(channel.id)}</span></h2>
<p class="muted">Topic: ${escapeHtml(channel.topic.value || "—")} · Members: ${members}</p>
${canJoin ? `<button data-act="join">Join as ${escapeHtml(nameOf(workspace, asUserId))}</button>` : ""}
<div class="messages">${rows.join("") || '<p class="muted">No messages yet.</p>'}${ephemerals.join("")}</div>
</section>`;
}

/** The part of the page the script swaps in every two seconds. */
export function renderLive(view: PageView): string {
  return `${channelListHtml(view)}${channelPanelHtml(view)}`;
}

export function renderPage(view: PageView): string {
  const options = [...view.workspace.users.values()]
    .map((user) => `<option value="${escapeHtml(user.id)}"${user.id === view.asUserId ? " selected" : ""}>${escapeHtml(user.real_name)} (${escapeHtml(user.id)})</option>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Slack emulator</title><style>${STYLES}</style></head>
<body>
<header><h1>Slack emulator</h1><span class="muted">${escapeHtml(view.workspace.identity.teamName)} · delivering to ${escapeHtml(view.deliverTo ?? "(nowhere yet)")}</span>
<label>Act as <select id="as">${options || '<option value="">(no users)</option>'}</select></label></header>
<div id="live" class="layout">${renderLive(view)}</div>
<form id="composer"><span id="thread-target" class="muted"></span>
<label for="text" class="visually-hidden">Message</label><input id="text" autocomplete="off" placeholder="Message, or /drill …">
<button type="submit">Send</button></form>
<p id="status" role="status"></p>
<script>${CLIENT_SCRIPT}</script>
</body></html>`;
}
