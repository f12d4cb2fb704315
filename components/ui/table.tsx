import type { ReactNode } from "react";

export const thClass = "px-3 py-2 text-left text-[11px] font-semibold tracking-wide text-zinc-500 uppercase";

export interface Column {
  label: ReactNode;
  /** Width and the like, e.g. "w-44". */
  className?: string;
  /** Announced to screen readers only (an actions column). */
  hidden?: boolean;
}

/** The admin pages' table: column names in a header row, rows below, scrolling sideways when narrower than `minWidthClass`. */
export function DataTable({ columns, minWidthClass, children }: { columns: (Column | false)[]; minWidthClass: string; children: ReactNode }) {
  return (
    <table className={`w-full ${minWidthClass} border-collapse text-sm`}>
      <thead className="border-b border-zinc-800">
        <tr>
          {columns.filter((column): column is Column => column !== false).map((column, index) => (
            <th key={index} scope="col" className={`${thClass} ${column.className ?? ""}`}>
              {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-800/80">{children}</tbody>
    </table>
  );
}
