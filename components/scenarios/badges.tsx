import type { ScriptedAlert } from "@/lib/scenarios/schemas";
import { Badge } from "@/components/ui/badge";

const base = "inline-flex items-center rounded px-1.5 py-0.5 text-[11px] font-medium ring-1 ring-inset";

const severityStyles: Record<ScriptedAlert["severity"], string> = {
  critical: "bg-rose-600 text-white ring-rose-500",
  high: "bg-orange-950 text-orange-300 ring-orange-800",
  warning: "bg-amber-950 text-amber-300 ring-amber-800",
  info: "bg-sky-950 text-sky-300 ring-sky-800",
};

export function SeverityBadge({ severity }: { severity: ScriptedAlert["severity"] }) {
  return <span className={`${base} ${severityStyles[severity]}`}>{severity}</span>;
}

const sourceLabels: Record<ScriptedAlert["source"], string> = { pagerduty: "PagerDuty", grafana: "Grafana", custom: "Custom" };
const sourceTones = { pagerduty: "success", grafana: "violet", custom: "neutral" } as const;

export function SourceBadge({ source }: { source: ScriptedAlert["source"] }) {
  return <Badge tone={sourceTones[source]}>{sourceLabels[source]}</Badge>;
}

export function sourceLabel(source: ScriptedAlert["source"]): string {
  return sourceLabels[source];
}

/** Target components are system names, so they read as code; tags are plain labels. */
export function ComponentChips({ items, className = "" }: { items: string[]; className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`} aria-label="Target components">
      {items.map((item) => (
        <li key={item} className="rounded border border-zinc-700 bg-zinc-900 px-1.5 py-0.5 font-mono text-[11px] text-zinc-300">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function TagChips({ items, className = "" }: { items: string[]; className?: string }) {
  if (items.length === 0) return <span className="text-xs text-zinc-600">none</span>;
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`} aria-label="Tags">
      {items.map((item) => (
        <li key={item} className="text-[11px] text-zinc-400">
          #{item}
        </li>
      ))}
    </ul>
  );
}

/** The one visual marker for facilitator-only content, used in the view and the editor alike. */
export function HiddenMarker() {
  return (
    <span className="inline-flex shrink-0 items-center gap-1 rounded bg-amber-500/10 whitespace-nowrap px-1.5 py-0.5 text-[11px] font-medium text-amber-300 ring-1 ring-amber-500/40 ring-inset">
      <svg aria-hidden viewBox="0 0 16 16" className="h-3 w-3" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M2 2l12 12M6.6 6.7a2 2 0 002.7 2.7M4.2 4.4C2.9 5.3 2 6.6 1.5 8c1.2 3 3.8 5 6.5 5 1.3 0 2.5-.4 3.6-1.2M7 3.1c.3 0 .7-.1 1-.1 2.7 0 5.3 2 6.5 5-.3.8-.7 1.5-1.2 2.1" />
      </svg>
      Hidden from participants
    </span>
  );
}
