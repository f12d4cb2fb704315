/**
 * A report as a list of blocks, built once from a `DrillReport` or `ExerciseReport`: the Markdown and the PDF render the
 * same blocks, so both always carry the same sections. Every string is plain user-facing text; each renderer escapes it.
 */

export interface Column {
  label: string;
  align?: "left" | "right";
  /** Relative width in the PDF (default 1). */
  weight?: number;
}

/** A timeline line as quoted in a list: a heading line ("T+04:07 · Alice · message"), the text, and what it is about. */
export interface Entry {
  head: string;
  body: string;
  detail?: string;
}

export interface MilestoneBar {
  label: string;
  valueMs: number | null;
  /** The success criterion's limit, when there is one for this milestone. */
  limitMs: number | null;
  met: boolean | null;
}

export interface DrillSeries {
  label: string;
  values: { label: string; valueMs: number | null }[];
}

export type Chart =
  | { kind: "milestones"; title: string; bars: MilestoneBar[] }
  | { kind: "drills"; title: string; series: string[]; drills: DrillSeries[] }
  /** How many gave each score of a 1–5 question (index 0 is 1): bars in the PDF, a one-row table in Markdown. */
  | { kind: "distribution"; title: string; counts: number[]; low: string | null; high: string | null };

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; text: string }
  | { kind: "notice"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "fields"; fields: { label: string; value: string }[] }
  | { kind: "list"; items: string[] }
  | { kind: "table"; columns: Column[]; rows: string[][] }
  | { kind: "entries"; entries: Entry[] }
  | { kind: "chart"; chart: Chart }
  /** A new page in the PDF; nothing in Markdown. */
  | { kind: "break" };
