import { ACTION_CATEGORY_LABELS, ACTION_PRIORITY_LABELS, ACTION_STATUS_LABELS, type ActionStatus } from "@/lib/drill-model/hot-wash";
import type { ReportActionItem, ReportPlan } from "@/lib/review/report/types";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { calendarDate, wallTime } from "./format";
import { Nothing, ReportSection, ReportTable, cellClass } from "./report-parts";

// Checked again here: a report is stored JSON, and a link that is not http(s) must never become an href.
const WEB_LINK = /^https?:\/\//i;

const statusTone: Record<ActionStatus, BadgeTone> = { open: "info", in_progress: "warning", done: "success", wont_do: "neutral" };

export function verificationText(item: ReportActionItem, timeZone: string): string | null {
  if (item.verifiedBy) return `Verified by ${item.verifiedBy.title} (${wallTime(item.verifiedBy.at, timeZone, "date")})`;
  if (!item.verify) return null;
  return `A later drill of ${item.verify.scenarioTitle}${item.verify.milestoneLabel ? `, meeting its ${item.verify.milestoneLabel} criterion` : ""}`;
}

/** Action items as a table. `full`: the whole plan, with category, audience, tracker and verification; else one audience's short list. */
export function ActionTable({ items, label, timeZone, full }: { items: ReportActionItem[]; label: string; timeZone: string; full: boolean }) {
  const heads = ["Title", "Owner", "Due", "Priority", "Status", ...(full ? ["Category", "Audience", "Tracker", "Verification"] : [])];
  return (
    <ReportTable label={label} heads={heads}>
      {items.map((item) => (
        <tr key={item.id}>
          <td className={cellClass}>
            <span className="font-medium [overflow-wrap:anywhere]">{item.title}</span>
            {full && item.fromRetro && <span className="block text-xs text-zinc-500 [overflow-wrap:anywhere]">From: {item.fromRetro}</span>}
          </td>
          <td className={cellClass}>{item.owner}</td>
          <td className={`${cellClass} whitespace-nowrap tabular-nums`}>{item.dueDate ? calendarDate(item.dueDate) : "—"}</td>
          <td className={cellClass}>{ACTION_PRIORITY_LABELS[item.priority]}</td>
          <td className={cellClass}>
            <Badge tone={statusTone[item.status]}>{ACTION_STATUS_LABELS[item.status]}</Badge>
          </td>
          {full && (
            <>
              <td className={cellClass}>{ACTION_CATEGORY_LABELS[item.category]}</td>
              <td className={cellClass}>{item.audienceLabel}</td>
              <td className={cellClass}>
                {item.trackerUrl && WEB_LINK.test(item.trackerUrl) ? (
                  <a href={item.trackerUrl} rel="noreferrer noopener" target="_blank" className="text-sky-400 [overflow-wrap:anywhere] hover:underline">
                    {item.trackerUrl}
                  </a>
                ) : (
                  (item.trackerUrl ?? "—")
                )}
              </td>
              <td className={`${cellClass} text-xs text-zinc-300`}>{verificationText(item, timeZone) ?? "—"}</td>
            </>
          )}
        </tr>
      ))}
    </ReportTable>
  );
}

export function ReportPlanSection({ plan, timeZone }: { plan: ReportPlan; timeZone: string }) {
  return (
    <ReportSection id="plan" title={`Improvement plan (${plan.items.length})`}>
      {plan.items.length === 0 ? <Nothing>No action item yet.</Nothing> : <ActionTable items={plan.items} label="Improvement plan" timeZone={timeZone} full />}
    </ReportSection>
  );
}
