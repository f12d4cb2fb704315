import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MARKDOWN = ["README.md", "bench/README.md", "tools/slack-emulator/README.md", ...readdirSync(path.join(ROOT, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];

/** Relative link targets in a markdown file: [text](target), without #anchors; web and mail links are left out. */
function relativeLinks(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8").replace(/```[\s\S]*?```/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"))
    .map((target) => target.split("#")[0]!);
}

describe("the documentation works from a fresh clone", () => {
  it.each(MARKDOWN)("%s links only to files inside the repository that exist", (file) => {
    for (const target of relativeLinks(file)) {
      const resolved = path.resolve(ROOT, path.dirname(file), target);
      expect(path.relative(ROOT, resolved).startsWith(".."), `${file} → ${target} leaves the repository`).toBe(false);
      expect(existsSync(resolved), `${file} → ${target} does not exist`).toBe(true);
    }
  });

  it("the README links to the design, which links to the story it comes from", () => {
    expect(relativeLinks("README.md")).toContain("docs/design.md");
    expect(relativeLinks("docs/design.md")).toContain("reference/000_b9a8bde1cd51a69c.txt");
  });
});
