import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import type { ExpectedSignal, Hint, InjectionStep, Objective, SuccessCriterion } from "@/lib/scenarios/schemas";
import { Badge } from "@/components/ui/badge";
import { RichText } from "./rich-text";
import { hintTiming, RELEASE_LABELS } from "./script-words";
import { StepActionView } from "./step-action-view";

export function Empty({ children }: { children: string }) {
  return <p className="text-sm text-zinc-600 italic">{children}</p>;
}

export function StepNumber({ n }: { n: number }) {
  return <span className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-zinc-800 text-xs font-semibold text-zinc-300 tabular-nums">{n}</span>;
}

export function InjectionList({ steps }: { steps: InjectionStep[] }) {
  return (
    <ol className="flex flex-col divide-y divide-zinc-800">
      {steps.map((step, index) => (
        <li key={step.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
          <StepNumber n={index + 1} />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <h3 className="text-sm font-medium text-zinc-100">{step.name}</h3>
              <span className="font-mono text-[11px] text-zinc-600">{step.id}</span>
            </div>
            <div className="mt-2 grid gap-3 xl:grid-cols-2">
              <StepActionView action={step.action} label="Inject" />
              <div className="xl:border-l xl:border-zinc-800 xl:pl-3">
                <StepActionView action={step.rollback} label="Roll back" />
              </div>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

const directionLook = {
  up: { arrow: "↑", text: "goes up", tone: "danger" },
  down: { arrow: "↓", text: "goes down", tone: "warning" },
  appears: { arrow: "+", text: "appears", tone: "info" },
  disappears: { arrow: "−", text: "disappears", tone: "neutral" },
} as const;

export function SignalList({ signals }: { signals: ExpectedSignal[] }) {
  if (signals.length === 0) return <Empty>No expected signals written down.</Empty>;
  return (
    <ul className="flex flex-col divide-y divide-zinc-800">
      {signals.map((signal) => {
        const look = directionLook[signal.direction];
        return (
          <li key={signal.id} className="flex items-start justify-between gap-3 py-2 first:pt-0 last:pb-0">
            <div className="flex min-w-0 items-start gap-2">
              <Badge tone={look.tone} className="shrink-0 font-mono">
                <span aria-hidden>{look.arrow}</span>
                <span className="sr-only">{look.text}</span>
              </Badge>
              <p className="min-w-0 text-[13px] text-zinc-200">
                {signal.signal} <span className="text-zinc-500">{look.text}</span>
              </p>
            </div>
            {signal.dashboardUrl ? (
              <a href={signal.dashboardUrl} target="_blank" rel="noreferrer" className="shrink-0 text-xs whitespace-nowrap text-sky-400 hover:underline">
                Dashboard ↗<span className="sr-only"> for {signal.signal}</span>
              </a>
            ) : (
              <span className="shrink-0 text-[11px] text-zinc-600">no dashboard</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function HintList({ hints }: { hints: Hint[] }) {
  if (hints.length === 0) return <Empty>No hints: responders get no help beyond the alerts.</Empty>;
  return (
    <ol className="flex flex-col divide-y divide-zinc-800">
      {hints.map((hint, index) => (
        <li key={hint.id} className="flex gap-3 py-2.5 first:pt-0 last:pb-0">
          <span className="w-12 shrink-0 pt-0.5 text-xs font-semibold text-violet-300">Hint {index + 1}</span>
          <div className="min-w-0 flex-1">
            <RichText text={hint.text} size="compact" />
            <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-[11px] text-zinc-500">
              <Badge tone={hint.release === "manual" ? "neutral" : "violet"}>{RELEASE_LABELS[hint.release]}</Badge>
              <span>{hintTiming(hint)}</span>
              <span className="ml-auto font-mono text-zinc-600">{hint.id}</span>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}

export function ModelAnswer({ steps, criteria }: { steps: string[]; criteria: SuccessCriterion[] }) {
  return (
    <>
      <ol className="flex flex-col gap-2">
        {steps.map((step, index) => (
          <li key={index} className="flex gap-2.5">
            <StepNumber n={index + 1} />
            <RichText text={step} size="compact" className="min-w-0 pt-0.5 text-zinc-300" />
          </li>
        ))}
      </ol>
      <h3 className="mt-4 text-xs font-medium text-amber-200/80">Success criteria</h3>
      {criteria.length === 0 ? (
        <p className="mt-1 text-[13px] text-zinc-600 italic">None: the report will not judge success.</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-1 text-[13px] text-zinc-300">
          {criteria.map((criterion, index) => (
            <li key={index} className="flex items-baseline gap-2">
              <span aria-hidden className="text-emerald-400">✓</span>
              <span>
                <span className="font-medium text-zinc-100">{MILESTONE_LABELS[criterion.milestone]}</span> within <span className="tabular-nums">{criterion.withinMinutes} min</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The objectives the report rates P/S/M/U, each with the milestones that show it and the criteria set on them. */
export function ObjectiveList({ objectives, criteria }: { objectives: Objective[]; criteria: SuccessCriterion[] }) {
  return (
    <>
      <h3 className="mt-4 text-xs font-medium text-amber-200/80">Objectives</h3>
      {objectives.length === 0 ? (
        <p className="mt-1 text-[13px] text-zinc-600 italic">None named: the report rates each success criterion on its own.</p>
      ) : (
        <ul aria-label="Objectives" className="mt-1 flex flex-col gap-2 text-[13px]">
          {objectives.map((objective) => {
            const rated = criteria.filter((criterion) => objective.milestones.includes(criterion.milestone));
            return (
              <li key={objective.id} className="flex flex-col gap-0.5">
                <span className="font-medium text-zinc-100">{objective.name}</span>
                {objective.description && <span className="text-zinc-400 whitespace-pre-line">{objective.description}</span>}
                <span className="flex flex-wrap gap-1">
                  {objective.milestones.map((milestone) => (
                    <Badge key={milestone}>{MILESTONE_LABELS[milestone]}</Badge>
                  ))}
                </span>
                {rated.length > 0 && (
                  <span className="text-[11px] text-zinc-500">
                    Rated against {rated.map((criterion) => `${MILESTONE_LABELS[criterion.milestone].toLowerCase()} within ${criterion.withinMinutes} min`).join(", ")}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
