"use client";

import type { DebriefView } from "@/lib/review/debrief-view";
import type { TimelineEventView } from "@/lib/timeline/events";
import { Card } from "../ui/card";
import { AnswerStep } from "./answer-step";

/** Each step of the designers' answer beside the timeline evidence that it was done (or not, or otherwise). */
export function ModelAnswerPanel({ drillId, steps, events, editable }: { drillId: string; steps: DebriefView["modelAnswer"]; events: TimelineEventView[]; editable: boolean }) {
  const compared = steps.filter((step) => step.verdict !== null).length;
  return (
    <Card title="Model answer vs what happened" actions={<span className="text-xs text-zinc-500">{compared} of {steps.length} compared</span>}>
      <div className="hidden grid-cols-2 gap-3 border-b border-zinc-800 pb-1 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase md:grid">
        <span>The model answer</span>
        <span>What happened</span>
      </div>
      <ol data-testid="model-answer" className="flex flex-col divide-y divide-zinc-800/70">
        {steps.map((step) => (
          <AnswerStep key={step.step} drillId={drillId} comparison={step} events={events} editable={editable} />
        ))}
      </ol>
    </Card>
  );
}
