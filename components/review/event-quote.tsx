import { formatOffset } from "@/lib/drill-model/clock";
import type { EventQuote } from "@/lib/review/report/types";
import { EventLink } from "../timeline/event-extras";

/** A timeline event in one line: when, who, what; its number scrolls the timeline to it. */
export function EventQuoteLine({ quote }: { quote: EventQuote }) {
  return (
    <span className="min-w-0 text-xs text-zinc-300">
      <EventLink seq={quote.seq} /> <span className="font-mono text-zinc-500">{quote.offsetMs === null ? "before start" : formatOffset(quote.offsetMs)}</span> <span className="text-sky-300">{quote.actor}</span>: <span className="[overflow-wrap:anywhere]">{quote.text.length > 160 ? `${quote.text.slice(0, 159)}…` : quote.text}</span>
    </span>
  );
}
