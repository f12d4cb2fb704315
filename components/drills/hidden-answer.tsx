import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import type { DrillView } from "@/lib/drills/view";
import { AnswerText } from "../scenarios/answer-text";
import { Card } from "../ui/card";

/** The designers' secrets, for facilitators and observers only. */
export function HiddenAnswer({ drill, open = false }: { drill: DrillView; open?: boolean }) {
  return (
    <Card title="Hidden from participants">
      <details open={open} className="group text-sm">
        <summary className="cursor-pointer text-zinc-400 select-none hover:text-zinc-200">Root cause and model answer</summary>
        <AnswerText rootCause={drill.script.rootCause} modelAnswer={drill.script.modelAnswer} headingClass="text-zinc-500" textClass="text-zinc-200" />
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
