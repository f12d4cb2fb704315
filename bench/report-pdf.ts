// The PDF of a 2,000-event drill: how long renderReportPdf takes and how big the file is. In process, no server or
// database: the report is the test fixture built from 2,000 timeline events (bench/README.md, "Report PDF").
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { renderReportPdf } from "../lib/review/render/pdf";
import { largeReport } from "../test/review/render/fixtures";
import { REPO_ROOT, nowMs, summarize } from "./lib/harness";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "2000" },
    runs: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    out: { type: "string", default: path.join(REPO_ROOT, "bench/results/report-pdf.json") },
    pdf: { type: "string" },
  },
});
const events = Number(values.events);
const runs = Number(values.runs);
const warmup = Number(values.warmup);

const report = largeReport(events);
const evidence = report.modelAnswer.reduce((sum, step) => sum + step.evidence.length, 0);
console.log(`report of ${events} events: ${report.keyMoments.length} key moments, ${report.notes.length} notes, ${report.modelAnswer.length} model-answer steps quoting ${evidence} events`);

let pdf: Buffer = Buffer.alloc(0);
for (let index = 0; index < warmup; index++) pdf = await renderReportPdf(report);
const samples: number[] = [];
const rssBefore = process.memoryUsage().rss;
for (let index = 0; index < runs; index++) {
  const started = nowMs();
  pdf = await renderReportPdf(report);
  samples.push(nowMs() - started);
}
const timing = summarize(samples);
const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  events,
  keyMoments: report.keyMoments.length,
  notes: report.notes.length,
  evidenceQuotes: evidence,
  warmup,
  runs,
  ms: timing,
  bytes: pdf.length,
  pages,
  rssGrowthMiB: Math.round(((process.memoryUsage().rss - rssBefore) / 2 ** 20) * 10) / 10,
};
console.table({ "renderReportPdf (ms)": { median: timing.p50, p95: timing.p95, max: timing.max, mean: timing.mean } });
console.log(`PDF: ${(pdf.length / 1024).toFixed(0)} KiB, ${pages} pages`);
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
if (values.pdf) writeFileSync(values.pdf, pdf);
console.log(`wrote ${path.relative(process.cwd(), values.out)}`);
