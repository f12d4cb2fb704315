import type { ReactNode } from "react";
import { parseMrkdwn, type MrkdwnNode } from "@/lib/chat/slack/mrkdwn";

const mentionClass = "rounded bg-sky-950/70 px-0.5 font-medium text-sky-300";

/**
 * A Slack message as Slack would show it: built from parsed nodes as React elements, so text is always
 * escaped and only vetted http(s)/mailto urls become links. Renders a <div>: it may hold <pre> and
 * <blockquote>, which must not sit inside a <p>.
 */
export function Mrkdwn({ text, names }: { text: string; names?: Record<string, string> }) {
  return <div className="min-w-0 break-words whitespace-pre-wrap">{renderNodes(parseMrkdwn(text), names ?? {})}</div>;
}

function renderNodes(nodes: readonly MrkdwnNode[], names: Record<string, string>): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index, names));
}

function renderNode(node: MrkdwnNode, key: number, names: Record<string, string>): ReactNode {
  switch (node.type) {
    case "text":
      return node.text;
    case "br":
      return <br key={key} />;
    case "bold":
      return (
        <strong key={key} className="font-semibold text-zinc-100">
          {renderNodes(node.children, names)}
        </strong>
      );
    case "italic":
      return <em key={key}>{renderNodes(node.children, names)}</em>;
    case "strike":
      return (
        <s key={key} className="text-zinc-400">
          {renderNodes(node.children, names)}
        </s>
      );
    case "code":
      return (
        <code key={key} className="rounded border border-zinc-700 bg-zinc-800/80 px-1 font-mono text-[0.85em] text-amber-200">
          {node.text}
        </code>
      );
    case "pre":
      return (
        <pre key={key} className="my-1 overflow-x-auto rounded-md border border-zinc-800 bg-zinc-950 p-2 font-mono text-xs whitespace-pre-wrap text-zinc-200">
          {node.text}
        </pre>
      );
    case "quote":
      return (
        <blockquote key={key} className="my-1 border-l-4 border-zinc-600 pl-2 text-zinc-300">
          {renderNodes(node.children, names)}
        </blockquote>
      );
    case "link":
      return (
        <a key={key} href={node.url} rel="noopener noreferrer nofollow" target="_blank" className="text-sky-400 underline decoration-sky-400/40 underline-offset-2 hover:text-sky-300">
          {node.label}
        </a>
      );
    case "user":
      return (
        <span key={key} className={mentionClass}>
          @{(Object.hasOwn(names, node.id) ? names[node.id] : undefined) ?? node.label ?? node.id}
        </span>
      );
    case "channel":
      return (
        <span key={key} className={mentionClass}>
          #{node.name ?? node.id}
        </span>
      );
    case "broadcast":
      return (
        <span key={key} className="rounded bg-amber-950/70 px-0.5 font-medium text-amber-300">
          @{node.name}
        </span>
      );
    case "usergroup":
      return (
        <span key={key} className={mentionClass}>
          {node.label ?? `@${node.id}`}
        </span>
      );
  }
}
