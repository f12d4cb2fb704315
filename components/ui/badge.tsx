import type { ReactNode } from "react";

const tones = {
  neutral: "bg-zinc-800 text-zinc-300 ring-zinc-700",
  info: "bg-sky-950 text-sky-300 ring-sky-800",
  success: "bg-emerald-950 text-emerald-300 ring-emerald-800",
  warning: "bg-amber-950 text-amber-300 ring-amber-800",
  danger: "bg-rose-950 text-rose-300 ring-rose-800",
  violet: "bg-violet-950 text-violet-300 ring-violet-800",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children, className = "" }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-[11px] font-medium ring-1 ring-inset ${tones[tone]} ${className}`}>{children}</span>;
}
