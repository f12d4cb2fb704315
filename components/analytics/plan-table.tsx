import type { AnalyticsView } from "@/lib/queries/analytics";
import { DataTable } from "../ui/table";

const cell = "px-3 py-2 tabular-nums";

/** The improvement plans of the drills counted, per audience: how many items were opened, done, overdue and proved fixed. */
export function PlanTable({ plan }: { plan: AnalyticsView["plan"] }) {
  if (plan.length === 0) return <p className="text-sm text-zinc-500">The drills counted here have no action items.</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-label="Plan health table" tabIndex={0}>
      <DataTable minWidthClass="min-w-[520px]" columns={[{ label: "Audience" }, { label: "Opened" }, { label: "Done" }, { label: "Overdue" }, { label: "Verified by a re-drill" }]}>
        {plan.map((entry) => (
          <tr key={entry.audience}>
            <td className="px-3 py-2 text-zinc-100">{entry.label}</td>
            <td className={cell}>{entry.opened}</td>
            <td className={cell}>{entry.done}</td>
            <td className={`${cell} ${entry.overdue > 0 ? "text-rose-400" : ""}`}>{entry.overdue}</td>
            <td className={cell}>{entry.verified}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
