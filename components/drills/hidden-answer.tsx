import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import type { DrillView } from "@/lib/drills/view";
import { RichText } from "../scenarios/rich-text";
import { Card } from "../ui/card";

/** The designers' secrets, for facilitators and observers only. */
export function HiddenAnswer({ drill, open = false }: { drill: DrillView; open?: boolean }) {
  return (
    <Card title="Hidden from participants">
      <details open={open} className="group text-sm">
        <summary className="cursor-pointer text-zinc-400 select-none hover:text-zinc-200">Root cause and model answer</summary>
        <h3 className="mt-2 text-xs font-semibold text-zinc-500 uppercase">Root cause</h3>
        <RichText text={drill.script.rootCause} className="mt-0.5 text-zinc-200" />
        <h3 className="mt-3 text-xs font-semibold text-zinc-500 uppercase">Model answer</h3>
        <ol className="mt-0.5 list-decimal space-y-1 pl-5 text-zinc-200">
          {drill.script.modelAnswer.map((step, index) => (
            <li key={index} className="min-w-0">
              <RichText text={step} className="text-zinc-200" />
            </li>
          ))}
        </ol>
        {drill.script.successCriteria.length > 0 && (
          <>
            <h3 className="mt-3 text-xs font-semibold text-zinc-500 uppercase">Success criteria</h3>
            <ul className="mt-0.5 text-zinc-300">
              {drill.script.successCriteria.map((criterion, index) => (
                <li key={index}>
                  {MILESTONE_LABELS[criterion.milestone]} within {criterion.withinMinutes} min
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </Card>
  );
}
