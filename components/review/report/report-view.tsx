"use client";

import { useQuery } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";
import { replayPage } from "@/lib/queries/replay";
import { drillReportQuery, reportUrl, type ReportSource } from "@/lib/queries/reports";
import { Button } from "@/components/ui/button";
import { ErrorBanner } from "@/components/ui/field";
import { Refusal } from "@/components/ui/refusal";
import { ReportDocument } from "./report-document";

/** A drill's report, fetched for staff (by id) or for a share link's holder (by token). */
export function ReportView({ source }: { source: ReportSource }) {
  const report = useQuery(drillReportQuery(source));
  const staff = source.kind === "drill";
  const back = staff ? { href: `/drills/${source.drillId}`, label: "Back to the drill" } : undefined;
  if (report.error instanceof ApiError && report.error.status === 404)
    return staff ? (
      <Refusal title="Drill not found" text="It may have been deleted, or the link is wrong." back={{ href: "/drills", label: "All drills" }} />
    ) : (
      <Refusal title="This link is not valid" text="It may have expired or been revoked. Ask the drill's facilitator for a new link." />
    );
  if (report.error instanceof ApiError && report.error.status === 409)
    return <Refusal title="No report yet" text={`${report.error.message} The report is made from the drill once it has ended.`} back={back} />;
  if (report.error)
    return (
      <div className="flex items-center gap-3">
        <ErrorBanner message={`Could not load the report: ${report.error.message}`} />
        <Button size="sm" onClick={() => report.refetch()}>
          Retry
        </Button>
      </div>
    );
  if (!report.data) return <p className="text-sm text-zinc-500">Loading the report…</p>;
  return <ReportDocument report={report.data} staff={staff} replayHref={replayPage(source)} urls={{ json: reportUrl(source), markdown: reportUrl(source, "markdown"), pdf: reportUrl(source, "pdf") }} />;
}
