import type { ReactNode } from "react";

const sizes = { sm: "text-sm", compact: "text-[13px]", xs: "text-xs" } as const;

const codeClass = "rounded bg-zinc-800 px-1 py-px font-mono text-[0.92em] text-zinc-200 [box-decoration-break:clone]";

export interface RichTextProps {
  text: string;
  size?: keyof typeof sizes;
  /** Colour and spacing; the default colour is the body text's. */
  className?: string;
  /** A span for use inside a line (titles, table cells); fenced blocks then read as inline code. */
  inline?: boolean;
  /** What to show for blank text; `null` shows nothing. */
  empty?: ReactNode;
}

/**
 * The scenario's light markup, rendered the same on every page that shows scenario text: line breaks
 * kept, `backticked` commands as code, ```fenced``` blocks as preformatted code. Long tokens wrap only
 * when they cannot fit a line on their own, so "CLIENT LIST" never becomes "CLIEN T LIST".
 */
export function RichText({ text, size = "sm", className = "text-zinc-300", inline = false, empty = "Nothing written." }: RichTextProps) {
  if (!text.trim()) {
    if (empty === null) return null;
    return <span className={`${sizes[size]} block text-zinc-600 italic ${className}`}>{empty}</span>;
  }
  const Tag = inline ? "span" : "div";
  return <Tag className={`${sizes[size]} leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere] ${className}`}>{renderBlocks(text, inline)}</Tag>;
}

function renderBlocks(text: string, inline: boolean): ReactNode[] {
  // Split keeps the captured body of each fence at the odd positions.
  const parts = text.split(/```[^\S\n]*\n?([\s\S]*?)\n?```/g);
  return parts.flatMap((part, index): ReactNode[] => {
    if (index % 2 === 0) {
      // A block sits on its own lines: the line breaks around it would read as blank lines.
      let body = part;
      if (!inline && index > 0) body = body.replace(/^\n/, "");
      if (!inline && index < parts.length - 1) body = body.replace(/\n$/, "");
      return renderInline(body, `t${index}`);
    }
    if (inline)
      return [
        <code key={`b${index}`} className={codeClass}>
          {part}
        </code>,
      ];
    return [
      <pre key={`b${index}`} className="my-1.5 overflow-x-auto rounded-md border border-zinc-800 bg-zinc-950 px-2 py-1.5 font-mono text-[0.92em] leading-snug whitespace-pre-wrap [overflow-wrap:normal] text-zinc-200">
        <code>{part}</code>
      </pre>,
    ];
  });
}

function renderInline(text: string, key: string): ReactNode[] {
  return text.split(/`([^`\n]+)`/g).map((part, index) =>
    index % 2 === 1 ? (
      <code key={`${key}-${index}`} className={codeClass}>
        {part}
      </code>
    ) : (
      part
    ),
  );
}
