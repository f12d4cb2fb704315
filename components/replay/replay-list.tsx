"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, type ReactNode } from "react";
import type { TimedEvent } from "./replay-model";

interface ReplayListProps {
  label: string;
  rows: TimedEvent[];
  /** How many rows had happened by the play head. */
  count: number;
  estimate: number;
  empty: string;
  renderRow: (row: TimedEvent) => ReactNode;
}

/**
 * The first `count` rows, oldest first, with only those in view in the DOM. It follows the play head: when the
 * count changes (playing, seeking) the newest row is scrolled into view and marked as the one at the play head.
 */
export function ReplayList({ label, rows, count, estimate, empty, renderRow }: ReplayListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan: 8,
    getItemKey: (index) => rows[index]?.event.id ?? index,
  });

  useLayoutEffect(() => {
    if (count > 0) virtualizer.scrollToIndex(count - 1, { align: "end" });
  }, [count, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scroller} className="h-[32rem] overflow-y-auto overscroll-contain">
      {count === 0 ? (
        <p className="p-3 text-sm text-zinc-500">{empty}</p>
      ) : (
        <ol aria-label={label} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const current = item.index === count - 1;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-seq={row.event.id}
                data-kind={row.event.kind}
                aria-current={current ? "true" : undefined}
                className="absolute inset-x-0 top-0 border-l-2 border-transparent aria-[current=true]:border-sky-400 aria-[current=true]:bg-sky-500/10"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {renderRow(row)}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
