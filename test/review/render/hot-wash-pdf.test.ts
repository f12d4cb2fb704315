import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderReportPdf } from "../../../lib/review/render/pdf";
import type { DrillReport } from "../../../lib/review/report/types";
import { englishReport, koreanReport } from "./fixtures";
import { KOREAN_RETRO, RETRO_TEXT, hotWash } from "./hot-wash-fixtures";

// poppler-utils reads the PDF back page by page: .ci/run installs it.
const dir = mkdtempSync(join(tmpdir(), "hot-wash-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pagesOf(name: string, report: DrillReport): Promise<string[]> {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await renderReportPdf(report));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))![1]);
  return Array.from({ length: count }, (_, index) =>
    execFileSync("pdftotext", ["-raw", "-f", String(index + 1), "-l", String(index + 1), path, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
  );
}

/** A page's body: what follows the running header and footer, which come first in reading order. */
function bodyOf(page: string): string {
  const footer = /Page \d+ of \d+/.exec(page);
  return footer ? page.slice(footer.index + footer[0].length).trim() : page;
}

describe("the hot wash in the PDF report", () => {
  it("starts each audience's retrospective on a page of its own, with its action items and nobody else's", async () => {
    const pages = await pagesOf("audiences", englishReport({ sections: hotWash() }));
    for (const [heading, own, others] of [
      ["Retrospective: Everyone", RETRO_TEXT.strength, [RETRO_TEXT.sre, RETRO_TEXT.database]],
      ["Retrospective: Facilitating team (SRE)", "Fix the alert delay", [RETRO_TEXT.strength, RETRO_TEXT.database]],
      ["Retrospective: database", "Review pool size changes", [RETRO_TEXT.strength, RETRO_TEXT.sre]],
    ] as const) {
      const page = pages.find((text) => bodyOf(text).startsWith(heading));
      expect(page, heading).toBeDefined();
      expect(page).toContain(own);
      for (const other of others) expect(page).not.toContain(other);
    }
    expect(pages.find((text) => bodyOf(text).startsWith("Improvement plan"))).toContain("A later drill of Payments DB connection pool exhaustion");
  });

  it("has the survey: answers, the distribution chart's scores and counts, and the hidden question said as such", async () => {
    const all = (await pagesOf("survey", englishReport({ sections: hotWash() }))).join(" ");
    expect(all).toContain("5 answers, 2 of them anonymous.");
    expect(all).toContain("1 · Far too easy");
    expect(all).toContain("5 · Far too hard");
    expect(all).toContain("Average 3.2 of 5");
    expect(all).toContain("Hidden until 3 answers (2 so far)");
    expect(all).toContain("Anonymous: Hard but fair");
  });

  it("gives Korean retrospective text and a Korean team back as text", async () => {
    const base = hotWash({ retroText: KOREAN_RETRO });
    const sections = { ...base, retro: { ...base.retro, items: [...base.retro.items, { ...base.retro.items[4]!, id: "r6", audience: "team:데이터베이스", audienceLabel: "데이터베이스", text: KOREAN_RETRO }] } };
    const pages = await pagesOf("korean", { ...koreanReport(), sections });
    expect(pages.find((text) => bodyOf(text).startsWith("Retrospective: 데이터베이스"))).toContain(KOREAN_RETRO);
    expect(pages.find((text) => bodyOf(text).startsWith("Retrospective: Everyone"))).toContain(KOREAN_RETRO);
  });

  it("still renders a report frozen before the hot wash", async () => {
    const all = (await pagesOf("old", englishReport({ sections: {} }))).join(" ");
    expect(all).toContain("Observer notes");
    expect(all).not.toContain("Retrospective");
  });
});
