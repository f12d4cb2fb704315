"use client";

import { Badge } from "../ui/badge";
import type { EventDescription } from "./describe-event";
import { pickEvent, showEvent, useEventPicker } from "./event-pick";

/** A link to another event of the same timeline: scrolls to it and flashes it. */
export function EventLink({ seq, children }: { seq: number; children?: React.ReactNode }) {
  return (
    <a
      href={`#event-${seq}`}
      onClick={(click) => {
        click.preventDefault();
        showEvent(seq);
      }}
      className="font-mono text-sky-400 hover:underline focus-visible:outline-2 focus-visible:outline-sky-400"
    >
      {children ?? `#${seq}`}
    </a>
  );
}

/**
 * Note tags and "about #12" / "evidence #12" links under an event. `plain`: the number as text, where the event it names
 * may not be on the page to scroll to (a virtualized list).
 */
export function EventRefs({ description, plain = false }: { description: EventDescription; plain?: boolean }) {
  const { tags, about } = description;
  if (!tags?.length && !about) return null;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs">
      {tags?.map((tag) => (
        <Badge key={tag} tone="violet">
          {tag}
        </Badge>
      ))}
      {about && (
        <span className="text-zinc-500">
          {about.word} {plain ? <span className="font-mono text-zinc-400">#{about.seq}</span> : <EventLink seq={about.seq} />}
        </span>
      )}
    </div>
  );
}

/** Shown on every row while a form waits for an event from the timeline. */
export function PickButton({ seq }: { seq: number }) {
  const picker = useEventPicker();
  if (!picker) return null;
  return (
    <button
      type="button"
      onClick={() => pickEvent(seq)}
      aria-label={`Pick event #${seq} as ${picker.purpose}`}
      className="ml-auto rounded border border-sky-700 px-1.5 text-[11px] text-sky-300 hover:bg-sky-950 focus-visible:outline-2 focus-visible:outline-sky-400"
    >
      Pick
    </button>
  );
}
