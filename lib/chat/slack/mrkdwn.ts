/**
 * Slack's mrkdwn, both ways: escaping what we send, and parsing what Slack sends us into a small tree
 * that the web timeline renders as React elements (never as HTML). https://docs.slack.dev/messaging/formatting-message-text
 */

export type MrkdwnStyle = "bold" | "italic" | "strike";

export type MrkdwnInline =
  | { type: "text"; text: string }
  | { type: MrkdwnStyle; children: MrkdwnInline[] }
  | { type: "code"; text: string }
  | { type: "link"; url: string; label: string }
  | { type: "user"; id: string; label?: string }
  | { type: "channel"; id: string; name?: string }
  | { type: "broadcast"; name: "here" | "channel" | "everyone" }
  | { type: "usergroup"; id: string; label?: string }
  | { type: "br" };

export type MrkdwnNode = MrkdwnInline | { type: "pre"; text: string } | { type: "quote"; children: MrkdwnInline[] };

/** Slack's three control characters; with them escaped, authored text can never form a link, a mention or `<!channel>`. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export const SLACK_USER_ID = /^[UW][A-Z0-9]+$/;
const CHANNEL_ID = /^[CGD][A-Z0-9]+$/;
const USERGROUP_ID = /^S[A-Z0-9]+$/;
// No `<`, `>` or newline inside, so a run of `<` costs one scan each and parsing stays linear.
const ANGLE = /<([^<>\n]*)>/y;
const ANGLE_ALL = /<([^<>\n]*)>/g;
const SAFE_SCHEME = /^(?:https?:\/\/|mailto:)/i;
const UNSAFE_URL_CHAR = /[\s\u0000-\u001f\u007f-\u009f]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/;
const STYLE_OF = { "*": "bold", _: "italic", "~": "strike" } as const;
type Marker = keyof typeof STYLE_OF;

/** Only Slack's three entities; anything else (`&amp`, `&#x3c;`, `&quot;`) stays literal text. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === "amp" ? "&" : name === "lt" ? "<" : ">"));
}

export function isSafeUrl(url: string): boolean {
  if (!SAFE_SCHEME.test(url) || UNSAFE_URL_CHAR.test(url)) return false;
  try {
    return ["http:", "https:", "mailto:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

const textNode = (text: string): MrkdwnInline => ({ type: "text", text });

/** The inside of a `<…>`: a link, a mention, a date (shown by its fallback), or plain text when it is none of those or unsafe. */
function angleNode(inner: string): MrkdwnInline {
  const bar = inner.indexOf("|");
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? "" : decodeEntities(inner.slice(bar + 1));
  const sigil = target[0];
  const rest = target.slice(1);
  if (sigil === "@") return SLACK_USER_ID.test(rest) ? { type: "user", id: rest, ...(label ? { label } : {}) } : textNode(label || decodeEntities(target));
  if (sigil === "#") return CHANNEL_ID.test(rest) ? { type: "channel", id: rest, ...(label ? { name: label } : {}) } : textNode(label || decodeEntities(target));
  if (sigil === "!") {
    if (rest === "here" || rest === "channel" || rest === "everyone") return { type: "broadcast", name: rest };
    if (rest.startsWith("subteam^")) {
      const id = rest.slice("subteam^".length);
      return USERGROUP_ID.test(id) ? { type: "usergroup", id, ...(label ? { label } : {}) } : textNode(label || `@${decodeEntities(id)}`);
    }
    return textNode(label || (rest.startsWith("date^") ? "" : decodeEntities(rest)));
  }
  const url = decodeEntities(target).trim();
  return isSafeUrl(url) ? { type: "link", url, label: label || url } : textNode(label || decodeEntities(target));
}

function displayText(node: MrkdwnInline): string {
  switch (node.type) {
    case "text":
    case "code":
      return node.text;
    case "link":
      return node.label;
    case "user":
      return `@${node.label ?? node.id}`;
    case "channel":
      return `#${node.name ?? node.id}`;
    case "broadcast":
      return `@${node.name}`;
    case "usergroup":
      return node.label ?? `@${node.id}`;
    default:
      return "";
  }
}

/** Code keeps no formatting: entities decoded, and `<…>` tokens shown as the text Slack would show. */
function plainText(raw: string): string {
  let out = "";
  let last = 0;
  for (const match of raw.matchAll(ANGLE_ALL)) {
    out += decodeEntities(raw.slice(last, match.index)) + displayText(angleNode(match[1] ?? ""));
    last = match.index + match[0].length;
  }
  return out + decodeEntities(raw.slice(last));
}

function appendNode(list: MrkdwnInline[], node: MrkdwnInline) {
  const last = list.at(-1);
  if (node.type === "text") {
    if (node.text === "") return;
    if (last?.type === "text") {
      last.text += node.text;
      return;
    }
  }
  list.push(node);
}

// Slack formats only whole words: a marker opens before a non-space and not after a letter or digit,
// and closes after a non-space and not before one, so `a*b*c`, `2*3*4` and snake_case stay literal.
const isWord = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);
const isSpace = (char: string | undefined) => char !== undefined && SPACE_CHAR.test(char);
function canOpen(line: string, at: number): boolean {
  const next = line[at + 1];
  return next !== undefined && next !== line[at] && !isSpace(next) && !isWord(line[at - 1]);
}
function canClose(line: string, at: number): boolean {
  const previous = line[at - 1];
  return previous !== undefined && previous !== line[at] && !isSpace(previous) && !isWord(line[at + 1]);
}

interface Frame {
  marker: Marker | null;
  start: number;
  children: MrkdwnInline[];
}

/** One line: code spans and `<…>` tokens are atomic; `*`, `_` and `~` nest, one of each kind open at a time. */
function parseInline(line: string): MrkdwnInline[] {
  const stack: Frame[] = [{ marker: null, start: -1, children: [] }];
  const top = () => stack[stack.length - 1] as Frame;
  let pending = 0;
  const flush = (end: number) => {
    if (end > pending) appendNode(top().children, textNode(decodeEntities(line.slice(pending, end))));
  };
  // An unclosed marker turns back into the literal character it was.
  const collapseTop = () => {
    const frame = stack.pop() as Frame;
    const parent = top().children;
    appendNode(parent, textNode(frame.marker ?? ""));
    for (const child of frame.children) appendNode(parent, child);
  };

  let at = 0;
  while (at < line.length) {
    const char = line[at] as string;
    if (char === "<") {
      ANGLE.lastIndex = at;
      const match = ANGLE.exec(line);
      if (match) {
        flush(at);
        appendNode(top().children, angleNode(match[1] ?? ""));
        at += match[0].length;
        pending = at;
        continue;
      }
    } else if (char === "`" && canOpen(line, at)) {
      const close = line.indexOf("`", at + 1);
      if (close > at + 1 && canClose(line, close)) {
        flush(at);
        appendNode(top().children, { type: "code", text: plainText(line.slice(at + 1, close)) });
        at = close + 1;
        pending = at;
        continue;
      }
    } else if (char === "*" || char === "_" || char === "~") {
      const open = stack.findIndex((frame) => frame.marker === char);
      if (open > 0 && at > (stack[open] as Frame).start + 1 && canClose(line, at)) {
        flush(at);
        while (stack.length - 1 > open) collapseTop();
        const frame = stack.pop() as Frame;
        appendNode(top().children, { type: STYLE_OF[char], children: frame.children });
        at += 1;
        pending = at;
        continue;
      }
      if (open < 0 && canOpen(line, at)) {
        flush(at);
        stack.push({ marker: char, start: at, children: [] });
        at += 1;
        pending = at;
        continue;
      }
    }
    at += 1;
  }
  flush(line.length);
  while (stack.length > 1) collapseTop();
  return top().children;
}

function appendAll<T>(target: T[], items: readonly T[]) {
  for (const item of items) target.push(item); // not push(...items): a huge message would overflow the call stack
}

/** Lines of a stretch outside ``` blocks; consecutive `&gt; ` lines (Slack escapes `>`) form one quote. */
function appendLines(out: MrkdwnNode[], raw: string) {
  let previous: "start" | "line" | "quote" = "start";
  for (const line of raw.split("\n")) {
    const quoted = /^&gt; ?/.exec(line);
    if (quoted) {
      const content = parseInline(line.slice(quoted[0].length));
      const last = out.at(-1);
      if (previous === "quote" && last?.type === "quote") {
        last.children.push({ type: "br" });
        appendAll(last.children, content);
      } else out.push({ type: "quote", children: content });
      previous = "quote";
    } else {
      if (previous === "line") out.push({ type: "br" });
      appendAll(out, parseInline(line));
      previous = "line";
    }
  }
}

/** Parses message text as Slack sends it (with `&amp;`, `&lt;`, `&gt;` escaped). Never throws; linear in the input. */
export function parseMrkdwn(text: string): MrkdwnNode[] {
  if (typeof text !== "string" || text === "") return [];
  const out: MrkdwnNode[] = [];
  let from = 0;
  let search = 0;
  const appendStretch = (raw: string) => {
    if (raw !== "") appendLines(out, raw);
  };
  for (;;) {
    const open = text.indexOf("```", search);
    const close = open < 0 ? -1 : text.indexOf("```", open + 3);
    if (close < 0) break;
    if (close === open + 3) {
      search = close + 3; // "``````" is empty: literal
      continue;
    }
    // A ``` block is a block of its own: the newlines that set it apart are not line breaks.
    appendStretch(text.slice(from, open).replace(/\n$/, ""));
    out.push({ type: "pre", text: plainText(text.slice(open + 3, close).replace(/^\n/, "").replace(/\n$/, "")) });
    from = search = close + 3;
    if (text[from] === "\n") from += 1;
  }
  appendStretch(text.slice(from));
  return out;
}

/** The distinct users mentioned, in order of first mention, so their names can be resolved when a message comes in. */
export function mentionedUserIds(text: string): string[] {
  const ids = new Set<string>();
  const visit = (nodes: readonly MrkdwnNode[]) => {
    for (const node of nodes) {
      if (node.type === "user") ids.add(node.id);
      else if ("children" in node) visit(node.children);
    }
  };
  visit(parseMrkdwn(text));
  return [...ids];
}
