import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
import { getDrillOrThrow } from "../drills/internal/get-drill";
import { isEnded } from "../drill-model/state-machine";
import { InvalidStateError } from "../errors";
import { buildReport } from "./report/build-report";
import { canonicalJson } from "./report/canonical";
import type { DrillReport } from "./report/types";
import { renderReportMarkdown } from "./render/markdown";
import { renderReportPdf } from "./render/pdf";
import { storeFrozenPdf } from "./frozen-pdf";

export type ReportFormat = "json" | "markdown" | "pdf";

export interface RenderedReport {
  /** The drill's title, for a file name. */
  title: string;
  final: boolean;
  body: string | Buffer;
}

/** The drill's report as an object: the frozen one once closed, else computed now as a draft. */
export async function getReport({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<DrillReport> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const db = dbOf(ctx);
  const drill = await getDrillOrThrow(db, input.drillId, { select: { status: true, reports: { orderBy: { id: "desc" }, take: 1, select: { content: true } } } });
  if (drill.status === "closed" && drill.reports[0]) return drill.reports[0].content as unknown as DrillReport;
  if (!isEnded(drill.status)) throw new InvalidStateError("The report is written once the drill has ended.");
  return buildReport(db, input.drillId, { final: false, generatedAt: nowOf(ctx) });
}

/**
 * The report in one format. A closed drill's is served exactly as stored at the close (the JSON is the canonical text
 * its `contentHash` was taken of); a draft is rendered now.
 */
export async function renderReport({ ctx, input }: { ctx: Ctx; input: { drillId: string; format: ReportFormat } }): Promise<RenderedReport> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const db = dbOf(ctx);
  const drill = await getDrillOrThrow(db, input.drillId, { select: { title: true, status: true, reports: { orderBy: { id: "desc" }, take: 1 } } });
  const frozen = drill.status === "closed" ? drill.reports[0] : undefined;
  if (frozen) {
    const body = input.format === "pdf" ? await storeFrozenPdf(ctx, frozen.id) : input.format === "markdown" ? frozen.markdown : canonicalJson(frozen.content);
    return { title: drill.title, final: true, body };
  }
  const report = await getReport({ ctx, input: { drillId: input.drillId } });
  const body = input.format === "pdf" ? await renderReportPdf(report) : input.format === "markdown" ? renderReportMarkdown(report) : canonicalJson(report);
  return { title: drill.title, final: false, body };
}
