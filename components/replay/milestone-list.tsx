"use client";

import { memo, useMemo } from "react";
import type { ReplayAnswerStep, ReplayMilestone } from "@/lib/review/replay/types";
import { ANSWER_VERDICT_LABELS } from "@/lib/drill-model/debrief";
import { clockLabel } from "./replay-time";

const SOURCE_NOTE: Record<ReplayMilestone["source"], string | null> = { live: null, corrected: "corrected", after_the_fact: "after the fact" };

interface MilestoneListProps {
  milestones: ReplayMilestone[];
  answer: ReplayAnswerStep[];
  pauses: { from: number; to: number }[];
  t: number;
  onSeek: (t: number) => void;
}

/** The milestones and the model answer's evidenced steps as buttons: the lanes' key moments, for keyboards and screen readers. */
export function MilestoneList({ milestones, answer, pauses, t, onSeek }: MilestoneListProps) {
  // Only which items are behind the play head changes per frame: the lists themselves are memoized on that.
  const reached = milestones.filter((milestone) => milestone.t <= t).length;
  const steps = useMemo(() => answer.filter((step): step is ReplayAnswerStep & { t: number } => step.t !== null).sort((a, b) => a.t - b.t), [answer]);
  const stepsReached = steps.filter((step) => step.t <= t).length;
  return <MomentButtons milestones={milestones} steps={steps} pauses={pauses} reached={reached} stepsReached={stepsReached} onSeek={onSeek} />;
}

const buttonClass =
  "flex items-baseline gap-1.5 rounded-md border px-2 py-1 text-left text-xs transition-colors focus-visible:outline-2 focus-visible:outline-sky-400";

const MomentButtons = memo(function MomentButtons({
  milestones,
  steps,
  pauses,
  reached,
  stepsReached,
  onSeek,
}: {
  milestones: ReplayMilestone[];
  steps: (ReplayAnswerStep & { t: number })[];
  pauses: { from: number; to: number }[];
  reached: number;
  stepsReached: number;
  onSeek: (t: number) => void;
}) {
  return (
    <div className="grid gap-3 rounded-lg border border-zinc-800 bg-zinc-900/60 p-3 md:grid-cols-2">
      <section aria-label="Milestones of the drill">
        <h2 className="mb-2 text-xs font-semibold tracking-wide text-zinc-400 uppercase">Milestones</h2>
        {milestones.length === 0 ? (
          <p className="text-sm text-zinc-500">No milestone was reached.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {milestones.map((milestone, index) => {
              const done = index < reached;
              const note = SOURCE_NOTE[milestone.source];
              return (
                <li key={`${milestone.milestone}-${milestone.t}`}>
                  <button
                    type="button"
                    onClick={() => onSeek(milestone.t)}
                    className={`${buttonClass} ${done ? "border-emerald-800 bg-emerald-950/50 text-emerald-200 hover:bg-emerald-900/50" : "border-zinc-700 bg-zinc-900 text-zinc-300 hover:bg-zinc-800"}`}
                  >
                    <span aria-hidden>{done ? "✓" : "◇"}</span>
                    {milestone.label} at {clockLabel(pauses, milestone.t)}
                    {note && <span className="text-[10px] text-zinc-500">({note})</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-label="Model answer steps">
        <h2 className="mb-2 text-xs font-semibold tracking-wide text-zinc-400 uppercase">Model answer, as the team got there</h2>
        {steps.length === 0 ? (
          <p className="text-sm text-zinc-500">No step of the model answer is linked to evidence yet.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {steps.map((step, index) => (
              <li key={step.step}>
                <button
                  type="button"
                  title={step.text}
                  onClick={() => onSeek(step.t)}
                  className={`${buttonClass} max-w-md ${index < stepsReached ? "border-teal-800 bg-teal-950/50 text-teal-200 hover:bg-teal-900/50" : "border-zinc-700 bg-zinc-900 text-zinc-300 hover:bg-zinc-800"}`}
                >
                  <span className="font-mono">{step.step + 1}.</span>
                  <span className="truncate">{step.text}</span>
                  <span className="shrink-0 text-zinc-500">
                    at {clockLabel(pauses, step.t)}
                    {step.verdict && ` · ${ANSWER_VERDICT_LABELS[step.verdict]}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
});
