"use client";

import { useId, type ReactNode } from "react";
import { Button } from "../ui/button";
import { toCsv, type CsvTable } from "./csv";

/** Hands the browser a file built here, from the figures already on the page: no second request. */
function download(fileName: string, table: CsvTable) {
  // The byte order mark makes spreadsheets read the file as UTF-8 (names with accents, Korean).
  const blob = new Blob(["\uFEFF", toCsv(table)], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** One table or chart of the page: a title, how many drills it rests on, and its CSV download. */
export function AnalyticsSection({ title, restsOn, csv, fileName, children }: { title: string; restsOn: string; csv: () => CsvTable; fileName: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-zinc-800 bg-zinc-900/60">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-800 px-3 py-2">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h2 id={headingId} className="text-xs font-semibold tracking-wide text-zinc-300 uppercase">
            {title}
          </h2>
          <span className="text-xs text-zinc-500">{restsOn}</span>
        </div>
        <Button size="sm" variant="ghost" aria-label={`Download ${title} as CSV`} onClick={() => download(fileName, csv())}>
          CSV
        </Button>
      </header>
      <div className="p-3">{children}</div>
    </section>
  );
}
