import { AppShell } from "@/components/app-shell";
import { ReportView } from "@/components/review/report/report-view";

export const metadata = { title: "Drill report" };

export default async function DrillReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AppShell>
      <ReportView source={{ kind: "drill", drillId: id }} />
    </AppShell>
  );
}
