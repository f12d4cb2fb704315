import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { logger } from "../logger";
import { renderReportPdf } from "./render/pdf";
import type { DrillReport } from "./report/types";

/**
 * The PDF of a frozen report, rendered from its stored content and kept with it, so every later download is the same
 * bytes. Rendered once: a concurrent first download may render too, and the first one stored wins.
 */
export async function storeFrozenPdf(ctx: Ctx, snapshotId: number): Promise<Buffer> {
  const db = dbOf(ctx);
  const snapshot = await db.reportSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { content: true, pdf: true } });
  if (snapshot.pdf) return Buffer.from(snapshot.pdf);
  const pdf = await renderReportPdf(snapshot.content as unknown as DrillReport);
  const stored = await db.reportSnapshot.updateMany({ where: { id: snapshotId, pdf: null }, data: { pdf: new Uint8Array(pdf) } });
  if (stored.count === 0) return Buffer.from((await db.reportSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { pdf: true } })).pdf!);
  logger.debug({ snapshotId, bytes: pdf.length }, "frozen report PDF stored");
  return pdf;
}
