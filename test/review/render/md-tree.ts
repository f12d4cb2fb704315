import type { Heading, Nodes, Root, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";

/** Reads rendered Markdown back as a tree, the way a GFM renderer would, so tests look at what a reader gets. */

export const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

export function all(node: Nodes): Nodes[] {
  return [node, ...("children" in node ? (node.children as Nodes[]).flatMap(all) : [])];
}

/** The plain text of a node as a reader sees it; a hard break reads as a newline. */
export function plain(node: Nodes): string {
  if (node.type === "text") return node.value;
  if (node.type === "break") return "\n";
  return "children" in node ? (node.children as Nodes[]).map(plain).join("") : "";
}

export const headings = (tree: Root) => all(tree).filter((node): node is Heading => node.type === "heading").map((node) => ({ depth: node.depth, text: plain(node) }));
export const tables = (tree: Root) => all(tree).filter((node): node is Table => node.type === "table");
export const rowsOf = (table: Table) => table.children.map((row) => row.children.map(plain));
