/** A CSV cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

// Spreadsheets run a cell that starts with one of these as a formula; a team or scenario name must never do that.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as RFC 4180 wants it: quoted when it holds a comma, quote or line break, quotes doubled. Pure. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // Numbers are ours, not typed by anyone; a negative one stays a number.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: a header row, then one line per row, CRLF between lines as RFC 4180 says. Pure. */
export function toCsv(table: CsvTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
