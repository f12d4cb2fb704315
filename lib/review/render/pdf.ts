import { renderToBuffer } from "@react-pdf/renderer";
import type { DrillReport, ExerciseReport } from "../report/types";
import { drillBlocks } from "./outline/drill";
import { exerciseBlocks } from "./outline/exercise";
import { oneLine } from "./outline/format";
import type { Block } from "./outline/blocks";
import { registerFonts } from "./pdf-document/fonts";
import { ReportDocument, type DocumentMeta } from "./pdf-document/document";
import { formatWallTime } from "./time";

/** PDFs made on the server without a browser (@react-pdf/renderer): A4, the same sections as the Markdown. */

async function render(blocks: Block[], meta: DocumentMeta): Promise<Buffer> {
  registerFonts();
  // Called as a function: renderToBuffer wants the <Document> element itself at the root.
  return renderToBuffer(ReportDocument({ blocks, meta }));
}

const generatedLabel = (generatedAt: string, timeZone: string, draft: boolean) =>
  `drillroom · ${draft ? "draft made" : "frozen"} ${formatWallTime(generatedAt, timeZone)}`;

export function renderReportPdf(report: DrillReport): Promise<Buffer> {
  const draft = !report.final;
  return render(drillBlocks(report), {
    title: `Drill report: ${oneLine(report.drill.title)}`,
    draft,
    generatedAt: report.generatedAt,
    generatedLabel: generatedLabel(report.generatedAt, report.timeZone, draft),
  });
}

export function renderExercisePdf(report: ExerciseReport): Promise<Buffer> {
  const draft = report.drills.some((drill) => !drill.final);
  return render(exerciseBlocks(report), {
    title: `Exercise report: ${oneLine(report.exercise.name)}`,
    draft,
    generatedAt: report.generatedAt,
    generatedLabel: generatedLabel(report.generatedAt, report.timeZone, draft),
  });
}
