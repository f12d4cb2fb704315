import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/scenarios/rich-text";

const render = (text: string, props: Record<string, unknown> = {}) => renderToStaticMarkup(createElement(RichText, { text, ...props }));

/** The class attribute of the first element with this tag. */
const classOf = (html: string, tag: string) => new RegExp(`<${tag}[^>]*class="([^"]*)"`).exec(html)?.[1] ?? "";

describe("RichText", () => {
  it("shows `backticked` commands as code without raw backticks", () => {
    const html = render("Who is connected? `CLIENT LIST` grouped by addr.");
    expect(html).toContain(">CLIENT LIST</code>");
    expect(html).not.toContain("`");
  });

  it("never breaks inside a token: no break-all on code, overflow-wrap anywhere on the block", () => {
    const html = render("run `kubectl -n stage rollout restart deploy/api-server` now");
    expect(html).not.toMatch(/break-all/);
    expect(classOf(html, "div")).toContain("[overflow-wrap:anywhere]");
    expect(classOf(html, "div")).toContain("whitespace-pre-wrap");
  });

  it("renders fenced blocks as preformatted code that wraps between tokens and scrolls rather than breaking one", () => {
    const html = render("Then:\n```\naws fis stop-experiment --id X\naws fis get-experiment --id X\n```\nand verify.");
    expect(html).toContain("aws fis stop-experiment --id X\naws fis get-experiment --id X</code></pre>");
    expect(classOf(html, "pre")).toContain("overflow-x-auto");
    expect(classOf(html, "pre")).toContain("[overflow-wrap:normal]");
    expect(html).not.toContain("```");
    expect(html).toContain("and verify.");
  });

  it("keeps line breaks and leaves an unmatched backtick as written", () => {
    const html = render("first line\nsecond `line");
    expect(html).toContain("first line\nsecond `line");
    expect(html).not.toContain("<code");
  });

  it("escapes markup in the text", () => {
    const html = render("`<script>alert(1)</script>` and <b>bold</b>");
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;</code>");
  });

  it("says when nothing was written, unless told to show nothing", () => {
    expect(render("  ")).toContain("Nothing written.");
    expect(render("", { empty: null })).toBe("");
  });

  it("renders inline, inside a heading or a line, as a span", () => {
    const html = render("check `redis-cli`", { inline: true });
    expect(html).toMatch(/^<span/);
    expect(html).not.toContain("<div");
  });
});
