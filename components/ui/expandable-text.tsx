"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * Text cut to two lines to keep a list scannable, readable in full: the whole text as a tooltip, and a
 * "more" toggle (a real button, so keyboard and screen reader users get it too) when it is cut.
 */
export function ExpandableText({ text, className = "", what = "text" }: { text: string; className?: string; what?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element || expanded) return;
    const measure = () => setCut(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text, expanded]);

  return (
    <div className="min-w-0">
      <p ref={ref} id={id} title={text} className={`[overflow-wrap:anywhere] ${expanded ? "" : "line-clamp-2"} ${className}`}>
        {text}
      </p>
      {(cut || expanded) && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={id}
          aria-label={expanded ? `Show less of the ${what}` : `Show the whole ${what}`}
          onClick={() => setExpanded(!expanded)}
          className="rounded text-[11px] text-sky-400 hover:text-sky-300 hover:underline focus-visible:outline-2 focus-visible:outline-sky-400"
        >
          {expanded ? "less" : "more"}
        </button>
      )}
    </div>
  );
}
