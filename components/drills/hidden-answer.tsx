import { MILESTONE_LABELS } from "@/lib/drills/milestones";
import type { DrillView } from "@/lib/drills/view";
import { Card } from "../ui/card";

/** The designers' secrets, for facilitators and observers only. */
export function HiddenAnswer({ drill, open = false }: { drill: DrillView; open?: boolean }) {
  return (
    <Card title="Hidden from participants">
      <details open={open} className="group text-sm">
        <summary className="cursor-pointer text-zinc-400 select-none hover:text-zinc-200">Root cause and model answer</summary>
        <h3 className="mt-2 text-xs font-semibold text-zinc-500 uppercase">Root cause</h3>
        <p className="mt-0.5 whitespace-pre-wrap text-zinc-200">{drill.script.rootCause}</p>
        <h3 className="mt-3 text-xs font-semibold text-zinc-500 uppercase">Model answer</h3>
        <ol className="mt-0.5 list-decimal space-y-1 pl-5 text-zinc-200">
          {drill.script.modelAnswer.map((step, index) => (
            <li key={index} className="whitespace-pre-wrap">
              {step}
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
