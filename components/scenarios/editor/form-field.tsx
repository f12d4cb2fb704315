import type { ReactNode } from "react";

import { inputClass } from "@/components/ui/field";

export { inputClass };
/** For a control sized by its content (a kind toggle in a header line), not stretched to the column. */
export const inlineSelectClass = `${inputClass.replace("w-full ", "")} w-auto py-1 text-xs`;
export const textareaClass = "field-sizing-content max-h-[28rem] resize-y leading-relaxed";
export const monoClass = "font-mono text-[12.5px]";

/**
 * A labelled control with its error right under it. In repeated items the visible label stays short
 * ("offset (min)") while the accessible name carries the item ("Alert 2 offset (min)").
 */
export function FormField({ id, label, itemLabel, error, hint, className = "", children }: { id: string; label: string; itemLabel?: string; error?: string; hint?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-xs font-medium text-zinc-400">
        {itemLabel ? (
          <>
            <span className="sr-only">{itemLabel} </span>
            <span className="inline-block first-letter:uppercase">{label}</span>
          </>
        ) : (
          label
        )}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-rose-400">
          {error}
        </p>
      ) : hint ? (
        <p className="text-[11px] text-zinc-500">{hint}</p>
      ) : null}
    </div>
  );
}

/** Ties a control to its error for screen readers and the invalid style. */
export function describedBy(id: string, error: string | undefined) {
  return error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

export function Section({ id, title, description, marker, children, className = "", tone = "default" }: { id?: string; title: string; description?: string; marker?: ReactNode; children: ReactNode; className?: string; tone?: "default" | "hidden" }) {
  const border = tone === "hidden" ? "border-amber-900/60" : "border-zinc-800";
  return (
    <section id={id} aria-label={title} className={`scroll-mt-4 rounded-lg border ${border} bg-zinc-900/60 ${className}`}>
      <header className="flex items-start justify-between gap-3 border-b border-zinc-800 px-3 py-2">
        <div>
          <h2 className="text-xs font-semibold tracking-wide text-zinc-300 uppercase">{title}</h2>
          {description && <p className="mt-0.5 text-[11px] text-zinc-500">{description}</p>}
        </div>
        {marker}
      </header>
      <div className="flex flex-col gap-3 p-3">{children}</div>
    </section>
  );
}

/** A problem with a whole list ("add at least one injection step"), shown above its items. */
export function ListProblem({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-xs text-rose-400">
      {message}
    </p>
  );
}

export function EmptyList({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-zinc-800 px-3 py-2 text-xs text-zinc-500">{children}</p>;
}
