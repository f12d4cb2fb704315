import { recordAudit } from "../audit/record";
import { queueChannelPost } from "../chat";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { publicBaseUrl } from "../drills/links";
import { channelOf } from "../drills/script/deliver";
import { mutateDrill } from "../drills/internal/mutate";
import { appendEvent } from "../timeline/append";
import type { Prisma } from "../db/generated/client";
import { buildReport } from "./report/build-report";
import { canonicalJson, sha256 } from "./report/canonical";
import { renderReportMarkdown } from "./render/markdown";
import { storeFrozenPdf } from "./frozen-pdf";
import { proposeVerifications } from "../improvements/propose-verifications";
import { recordDrillResult } from "./results/record-result";

/**
 * Closes the review and freezes the report: its content (with a SHA-256 of its canonical JSON), its Markdown and its PDF are
 * stored as they are now, so a later scenario edit, code change or clock never rewrites them. Slack gets the report's link,
 * then the channel is archived (SLACK_ARCHIVE_ON_CLOSE).
 */
export async function closeDrill({ ctx, input, options = {} }: { ctx: Ctx; input: { drillId: string }; options?: { deferPdf?: boolean } }): Promise<{ snapshotId: number; contentHash: string }> {
  const closed = await freeze(ctx, input.drillId);
  // The demo seed closes six drills at launch: their PDFs are rendered (and kept) at the first download instead.
  if (!options.deferPdf) await storeFrozenPdf(ctx, closed.snapshotId);
  return { snapshotId: closed.snapshotId, contentHash: closed.contentHash };
}

function freeze(ctx: Ctx, drillId: string) {
  return mutateDrill(ctx, drillId, "close", async (tx, drill) => {
    const closedAt = nowOf(ctx);
    await tx.drill.update({ where: { id: drill.id }, data: { status: "closed", closedAt } });
    const report = await buildReport(tx, drill.id, { final: true, generatedAt: closedAt });
    const content = canonicalJson(report);
    const contentHash = sha256(content);
    const snapshot = await tx.reportSnapshot.create({
      data: { drillId: drill.id, content: JSON.parse(content) as Prisma.InputJsonValue, contentHash, markdown: renderReportMarkdown(report), closedAt, closedBy: ctx.actor.name, seq: drill.lastSeq + 1 },
    });
    // Action items of earlier drills this one proves fixed, by the criteria the frozen report says were met.
    await proposeVerifications(tx, { drill, criteria: report.scorecard.criteria, at: closedAt });
    await recordDrillResult(tx, drill.id, report, contentHash);
    await appendEvent(tx, { ...ctx, now: () => closedAt }, drill.id, { kind: "drill.closed", body: { contentHash, snapshotId: snapshot.id } });
    await recordAudit(tx, ctx, { action: "drill.closed", target: { type: "drill", id: drill.id, label: drill.title }, detail: { snapshotId: snapshot.id, contentHash } });
    await queueChannelPost(tx, channelOf(drill), { kind: "closed", reportUrl: `${publicBaseUrl(drill)}/drills/${drill.id}/report` });
    return { snapshotId: snapshot.id, contentHash };
  });
}
