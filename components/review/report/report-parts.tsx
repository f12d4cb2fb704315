import type { ReactNode } from "react";
import type { Rating } from "@/lib/drill-model/debrief";
import { RATING_LABELS } from "@/lib/drill-model/debrief";
import { Badge, type BadgeTone } from "@/components/ui/badge";

/** One section of a report: a titled block that prints on its own page edge rather than split from its heading. */
export function ReportSection({ id, title, aside, children }: { id: string; title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 break-inside-avoid-page rounded-lg border border-zinc-800 bg-zinc-900/60 print:border-zinc-300 print:bg-white">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-zinc-800 px-4 py-2 print:border-zinc-300">
        <h2 id={`${id}-title`} className="text-xs font-semibold tracking-wide text-zinc-300 uppercase print:text-zinc-800">
          {title}
        </h2>
        {aside && <div className="text-[11px] text-zinc-500">{aside}</div>}
      </header>
      <div className="flex flex-col gap-3 p-4">{children}</div>
    </section>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="text-xs font-medium text-zinc-400 print:text-zinc-700">{children}</h3>;
}

export function Nothing({ children }: { children: ReactNode }) {
  return <p className="text-sm text-zinc-500 italic">{children}</p>;
}

export const cellClass = "px-2 py-1.5 align-top";
export const headClass = "px-2 py-1.5 text-left text-[11px] font-semibold tracking-wide text-zinc-500 uppercase";

/** A compact table for report figures; scrolls sideways on a narrow screen instead of squeezing. */
export function ReportTable({ label, heads, children, numeric = [] }: { label: string; heads: string[]; children: ReactNode; numeric?: number[] }) {
  return (
    <div className="overflow-x-auto">
      <table aria-label={label} className="w-full border-collapse text-sm">
        <thead className="border-b border-zinc-800">
          <tr>
            {heads.map((head, index) => (
              <th key={head} scope="col" className={`${headClass} ${numeric.includes(index) ? "text-right" : ""}`}>
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-800/70 text-zinc-200 print:text-zinc-900">{children}</tbody>
      </table>
    </div>
  );
}

const ratingTone: Record<Rating, BadgeTone> = { P: "success", S: "info", M: "warning", U: "danger" };

export function RatingBadge({ rating }: { rating: Rating }) {
  return (
    <Badge tone={ratingTone[rating] ?? "neutral"} className="font-mono">
      <span title={RATING_LABELS[rating]}>{rating}</span>
      <span className="sr-only"> ({RATING_LABELS[rating]})</span>
    </Badge>
  );
}

export function MetBadge({ met }: { met: boolean }) {
  return <Badge tone={met ? "success" : "danger"}>{met ? "met" : "missed"}</Badge>;
}

/** A block of user-written text: line breaks kept, never parsed as HTML. */
export function UserText({ text, className = "" }: { text: string; className?: string }) {
  return <p className={`text-sm leading-relaxed whitespace-pre-line text-zinc-200 [overflow-wrap:anywhere] print:text-zinc-900 ${className}`}>{text}</p>;
}
