import type { Ctx } from "../context";
import { openShareLink } from "../share-links/open-share-link";
import { getReport, renderReport, type ReportFormat } from "./get-report";

/** A share link's holder reads the drill's report, read-only, without an account. */
export async function getSharedReport({ ctx, input }: { ctx: Ctx; input: { token: string } }) {
  const link = await openShareLink(ctx, input.token);
  return getReport({ ctx: link.ctx, input: { drillId: link.drillId } });
}

export async function renderSharedReport({ ctx, input }: { ctx: Ctx; input: { token: string; format: ReportFormat } }) {
  const link = await openShareLink(ctx, input.token);
  return renderReport({ ctx: link.ctx, input: { drillId: link.drillId, format: input.format } });
}
