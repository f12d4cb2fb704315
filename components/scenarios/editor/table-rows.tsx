import type { ReactNode } from "react";

/** Compact lists (signals, model answer, criteria) show one row per item under visible column heads; each control keeps its own full label. */
export function SrLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="sr-only">
      {children}
    </label>
  );
}

export function ColumnHeads({ heads, className }: { heads: string[]; className: string }) {
  return (
    <div aria-hidden className={`grid gap-1.5 ${className}`}>
      {heads.map((head, index) => (
        <span key={index} className="text-[11px] font-medium text-zinc-500">
          {head}
        </span>
      ))}
    </div>
  );
}

export function RowNumber({ n }: { n: number }) {
  return <span className="pt-1.5 text-right text-xs text-zinc-500 tabular-nums">{n}.</span>;
}

export function CellError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mt-0.5 text-xs text-rose-400">
      {message}
    </p>
  );
}
