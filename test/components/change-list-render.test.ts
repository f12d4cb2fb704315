import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChangeList } from "@/components/scenarios/revisions/change-list";
import type { RevisionChange } from "@/lib/scenarios/diff-revisions";

const render = (changes: RevisionChange[]) => renderToStaticMarkup(createElement(ChangeList, { changes }));

describe("ChangeList", () => {
  it("marks the changed words of a changed text with <del> before and <ins> after, the rest plain", () => {
    const html = render([{ kind: "changed", section: "rootCause", path: "rootCause", before: "The cache drops every connection.", after: "The cache refuses every new connection." }]);
    expect([...html.matchAll(/<del[^>]*>(.*?)<\/del>/g)].map((match) => match[1]!.replace(/<[^>]+>[^<]*<\/span>/, ""))).toEqual(["drops"]);
    expect([...html.matchAll(/<ins[^>]*>(.*?)<\/ins>/g)].map((match) => match[1]!.replace(/<[^>]+>[^<]*<\/span>/, ""))).toEqual(["refuses", "new "]);
    expect(html).toContain("The cache ");
    expect(html).toContain(" every ");
  });

  it("tells screen readers what was deleted and inserted", () => {
    const html = render([{ kind: "changed", section: "title", path: "title", before: "Redis slow", after: "Redis down" }]);
    expect(html).toMatch(/<del[^>]*><span class="sr-only">deleted: <\/span>slow<\/del>/);
    expect(html).toMatch(/<ins[^>]*><span class="sr-only">inserted: <\/span>down<\/ins>/);
  });

  it("does not mark added or removed values word by word", () => {
    const html = render([{ kind: "added", section: "hints", path: "hints[h-2]", after: { id: "h-2", text: "new hint" } }]);
    expect(html).not.toMatch(/<ins|<del/);
  });
});
