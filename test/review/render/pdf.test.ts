import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderExercisePdf, renderReportPdf } from "../../../lib/review/render/pdf";
import { KOREAN, englishReport, exerciseReport, koreanReport, largeReport } from "./fixtures";

// poppler-utils (pdffonts, pdftotext, pdftoppm) reads the PDFs back: .ci/run installs it.
const dir = mkdtempSync(join(tmpdir(), "report-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, pdf: Buffer): string {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

const layoutText = (path: string) => execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
/** In reading order with every run of white space as one space: a table cell's wrapped lines read as one. */
const text = (path: string) => execFileSync("pdftotext", ["-raw", path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
const fonts = (path: string) => execFileSync("pdffonts", [path], { encoding: "utf8" });
const pages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))![1]);

describe("renderReportPdf", () => {
  it("embeds NanumGothic and gives the Korean scenario, chat, note and model answer back as text", async () => {
    const path = save("korean", await renderReportPdf(koreanReport()));
    expect(fonts(path)).toMatch(/NanumGothic\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts(path)).toMatch(/NanumGothicBold\s+CID TrueType\s+Identity-H\s+yes/);
    const body = layoutText(path);
    for (const korean of [KOREAN.title, KOREAN.scenarioTitle, KOREAN.chat, KOREAN.note, KOREAN.answerStep, KOREAN.rootCause]) expect(body).toContain(korean);
  });

  it("has the English report's key figures, times in the team's zone and page numbers", async () => {
    const path = save("english", await renderReportPdf(englishReport()));
    const body = text(path);
    for (const figure of ["Mitigated within 25 min", "29:00", "Recorded after the fact", "S: Performed with some challenges", "The limit was tight for a first drill.", "Used 31:00 of 45 min (69%)", "2026-12-05 14:00 GMT+9"])
      expect(body).toContain(figure);
    expect(body).toContain(`Page 1 of ${pages(path)}`);
    expect(body).not.toMatch(/DRAFT/);
    const utc = text(save("english-utc", await renderReportPdf(englishReport({ timeZone: "UTC" }))));
    expect(utc).toContain("2026-12-05 05:00 UTC");
    expect(utc).not.toContain("GMT+9");
  });

  it("marks a draft on every page", async () => {
    const path = save("draft", await renderReportPdf(englishReport({ final: false })));
    const marks = text(path).match(/DRAFT: may still change/g) ?? [];
    expect(marks).toHaveLength(pages(path));
    expect(text(path)).toContain("Draft: the drill is still in review");
  });

  it("gives the same bytes for the same report", async () => {
    const [first, second] = [await renderReportPdf(englishReport()), await renderReportPdf(englishReport())];
    expect(first.equals(second)).toBe(true);
  });

  it("breaks pages through 200 key moments and a very long message without losing any, and rasterizes", async () => {
    const report = largeReport(2_000, 12_000);
    const keyMoments = report.keyMoments.slice(0, 200);
    const path = save("large", await renderReportPdf({ ...report, keyMoments }));
    expect(pages(path)).toBeGreaterThan(5);
    const body = text(path);
    expect(body).toContain(keyMoments.at(-1)!.text);
    expect(body).toContain("A very long message");
    expect(body).toContain("Step 12 of the model answer");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", path, join(dir, "large")]);
    expect(statSync(join(dir, "large-01.png")).size).toBeGreaterThan(10_000);
    expect(existsSync(join(dir, "large-02.png"))).toBe(true);
  });
});

describe("renderExercisePdf", () => {
  it("rolls up both drills, draws them side by side and follows with each drill's report", async () => {
    const path = save("exercise", await renderExercisePdf(exerciseReport()));
    const body = text(path);
    expect(body).toContain("Exercise report: December game day");
    expect(body).toContain("The drills side by side");
    expect(body).toContain("To mitigate: not reached");
    expect(body.match(/Checkout latency game day/g)!.length).toBeGreaterThan(2);
    expect(body).toContain("Cache stampede drill (draft)");
    expect(body).toContain("Segment cache outage (revision 3)");
    expect(fonts(path)).toContain("NanumGothic");
  });
});
