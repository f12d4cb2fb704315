import type { BlockContent, Heading, PhrasingContent, Root, RootContent, Table, TableRow } from "mdast";
import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import { toMarkdown } from "mdast-util-to-markdown";
import type { Block, Column, Entry } from "./blocks";
import { oneLine } from "./format";

/**
 * Blocks to Markdown through an mdast tree: mdast-util-to-markdown escapes whatever user text holds (`*`, `#`, `|` in a
 * table cell, backticks, `<script>`), so it reads back as the same text and never as markup or raw HTML.
 */

const text = (value: string): PhrasingContent => ({ type: "text", value });

/** User text whose line breaks matter (a chat message, a note) keeps them as hard breaks. */
function lines(value: string): PhrasingContent[] {
  return value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .flatMap((line, index): PhrasingContent[] => (index === 0 ? [text(line)] : [{ type: "break" }, text(line)]));
}

const paragraph = (children: PhrasingContent[]): BlockContent => ({ type: "paragraph", children });

function row(cells: string[]): TableRow {
  return { type: "tableRow", children: cells.map((cell) => ({ type: "tableCell", children: [text(oneLine(cell))] })) };
}

function table(columns: Column[], rows: string[][]): Table {
  return {
    type: "table",
    align: columns.map((column) => (column.align === "right" ? "right" : null)),
    children: [row(columns.map((column) => column.label)), ...rows.map(row)],
  };
}

/** "1 | 2 | 3 | 4 | 5" over the counts. */
const distribution = (counts: number[]): Table =>
  table(
    counts.map((_, index) => ({ label: String(index + 1), align: "right" })),
    [counts.map(String)],
  );

function entry(item: Entry): BlockContent[] {
  const body = item.body ? [{ type: "break" } as const, ...lines(item.body)] : [];
  return [
    paragraph([{ type: "strong", children: [text(oneLine(item.head))] }, ...body]),
    ...(item.detail ? [paragraph([{ type: "emphasis", children: [text(oneLine(item.detail))] }])] : []),
  ];
}

const list = (items: BlockContent[][]): RootContent => ({
  type: "list",
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: "listItem", spread: false, children })),
});

function toNodes(block: Block): RootContent[] {
  switch (block.kind) {
    case "heading":
      return [{ type: "heading", depth: block.level as Heading["depth"], children: [text(oneLine(block.text))] }];
    case "notice":
      return [{ type: "blockquote", children: [paragraph([{ type: "strong", children: [text(block.text)] }])] }];
    case "paragraph":
      return [paragraph(lines(block.text))];
    case "fields":
      return [list(block.fields.map((field) => [paragraph([{ type: "strong", children: [text(`${field.label}:`)] }, text(" "), ...lines(field.value)])]))];
    case "list":
      return [list(block.items.map((item) => [paragraph(lines(item))]))];
    case "table":
      return [table(block.columns, block.rows)];
    case "entries":
      return [list(block.entries.map(entry))];
    case "chart":
      // A distribution's counts fit a one-row table; the other charts are drawn in the PDF only, beside tables of the same figures.
      return block.chart.kind === "distribution" ? [distribution(block.chart.counts)] : [];
    case "break":
      return [];
  }
}

export function blocksToMarkdown(blocks: readonly Block[]): string {
  const tree: Root = { type: "root", children: blocks.flatMap(toNodes) };
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown({ tablePipeAlign: false })], bullet: "-", emphasis: "_", rule: "-" });
}
