"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "./button";

const fieldClass =
  "min-w-0 flex-1 rounded-md border border-zinc-700 bg-zinc-950 px-2.5 py-1.5 font-mono text-xs text-zinc-100 focus:border-sky-500 focus:ring-1 focus:ring-sky-500 focus:outline-none";

/**
 * A value to copy (a secret shown once, a link): selected on focus, so it can be copied by hand where the
 * clipboard API is refused. `wrap` shows all of a long value in a narrow column.
 */
export function CopyField({ value, label, id, wrap = false }: { value: string; label: string; id: string; wrap?: boolean }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      input.current?.select();
      setCopied("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(null), 2000);
  };
  return (
    <div className={`flex gap-2 ${wrap ? "items-start" : "items-center"}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {wrap ? (
        <textarea ref={input} id={id} readOnly value={value} rows={3} onFocus={(event) => event.currentTarget.select()} spellCheck={false} className={`${fieldClass} resize-none break-all`} />
      ) : (
        <input ref={input} id={id} readOnly value={value} onFocus={(event) => event.currentTarget.select()} spellCheck={false} className={fieldClass} />
      )}
      <Button size="sm" onClick={copy} aria-live="polite" className="min-w-16 shrink-0">
        {copied === "yes" ? "Copied" : copied === "failed" ? "Press Ctrl+C" : "Copy"}
      </Button>
    </div>
  );
}
