import type { ButtonHTMLAttributes, ReactNode } from "react";

/** A square icon button; the shared Button's padding is made for text. */
export function IconButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-md text-zinc-400 transition-colors hover:bg-zinc-800 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400 disabled:cursor-not-allowed disabled:text-zinc-700 disabled:hover:bg-transparent"
      {...props}
    />
  );
}

const icon = { "aria-hidden": true, viewBox: "0 0 16 16", className: "h-4 w-4", fill: "none", stroke: "currentColor", strokeWidth: 1.75, strokeLinecap: "round", strokeLinejoin: "round" } as const;

export function RemoveIcon() {
  return (
    <svg {...icon}>
      <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
    </svg>
  );
}

/**
 * Move and remove buttons for one item of a list; names say which item ("Move hint 2 up", "Remove hint 2"),
 * for keyboard and screen-reader users.
 */
export function ItemControls({ itemLabel, index, count, onMove, onRemove, canRemove = true }: { itemLabel: string; index: number; count: number; onMove: (from: number, to: number) => void; onRemove: () => void; canRemove?: boolean }) {
  return (
    <div className="flex items-center gap-0.5">
      <IconButton aria-label={`Move ${itemLabel} up`} title="Move up" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        <svg {...icon}>
          <path d="M3.5 10.5L8 6l4.5 4.5" />
        </svg>
      </IconButton>
      <IconButton aria-label={`Move ${itemLabel} down`} title="Move down" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
        <svg {...icon}>
          <path d="M3.5 5.5L8 10l4.5-4.5" />
        </svg>
      </IconButton>
      <IconButton aria-label={`Remove ${itemLabel}`} title={canRemove ? "Remove" : "A scenario needs at least one"} disabled={!canRemove} onClick={onRemove}>
        <RemoveIcon />
      </IconButton>
    </div>
  );
}

/** The header line of one item: its number, its stable id (what drills and the timeline refer to), and its controls. */
export function ItemHeader({ label, itemId, idError, extra, children }: { label: string; itemId?: string; idError?: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex items-center justify-between gap-2">
      <div className="flex min-w-0 items-baseline gap-2">
        <h3 className="text-xs font-semibold whitespace-nowrap text-zinc-200">{label}</h3>
        {itemId && (
          <span className="truncate font-mono text-[11px] text-zinc-600" title="Item id, used by drills and the timeline">
            {itemId}
          </span>
        )}
        {extra}
        {idError && <span className="text-xs text-rose-400">id {idError}</span>}
      </div>
      {children}
    </div>
  );
}

/** One item of a repeated list. */
export function ItemCard({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <li className={`flex flex-col gap-2 rounded-md border border-zinc-800 bg-zinc-950/40 p-2.5 ${className}`}>{children}</li>;
}

export function AddButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="flex h-8 w-full items-center justify-center gap-1.5 rounded-md border border-dashed border-zinc-700 text-xs font-medium text-zinc-400 hover:border-sky-600 hover:bg-sky-950/30 hover:text-sky-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
    >
      <span aria-hidden className="text-sm leading-none">
        +
      </span>
      {children}
    </button>
  );
}
