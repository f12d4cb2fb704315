"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { ScenarioFormValues } from "./form-model";

/** Jump links for a long form, with counts and a red dot where a section has problems. */
export function SectionNav() {
  const { control, formState } = useFormContext<ScenarioFormValues>();
  const [injections, signals, alerts, hints, objectives, survey] = useWatch({ control, name: ["injections", "expectedSignals", "alerts", "hints", "objectives", "survey"] });
  const e = formState.errors;
  const links = [
    { href: "#basics", label: "Basics", bad: !!(e.title || e.publicTitle || e.summary || e.components || e.tags || e.difficulty || e.environment || e.timeBoxMinutes || e.designers) },
    { href: "#story", label: "Story", bad: !!(e.briefing || e.rootCause || e.expectedImpact) },
    { href: "#injections", label: "Injections", count: injections?.length, bad: !!e.injections },
    { href: "#signals", label: "Signals", count: signals?.length, bad: !!e.expectedSignals },
    { href: "#answer", label: "Answer", bad: !!(e.modelAnswer || e.successCriteria) },
    { href: "#objectives", label: "Objectives", count: objectives?.length, bad: !!e.objectives },
    { href: "#alerts", label: "Alerts", count: alerts?.length, bad: !!e.alerts },
    { href: "#hints", label: "Hints", count: hints?.length, bad: !!e.hints },
    { href: "#survey", label: "Survey", count: survey?.length, bad: !!e.survey },
  ];
  return (
    <nav aria-label="Editor sections" className="flex flex-wrap items-center gap-1 text-xs">
      {links.map((link) => (
        <a key={link.href} href={link.href} className="inline-flex items-center gap-1.5 rounded-md border border-zinc-800 bg-zinc-900 px-2 py-1 text-zinc-300 hover:border-zinc-700 hover:text-white">
          {link.bad && <span aria-label="has problems" className="h-1.5 w-1.5 rounded-full bg-rose-500" />}
          {link.label}
          {link.count !== undefined && <span className="text-zinc-500 tabular-nums">{link.count}</span>}
        </a>
      ))}
    </nav>
  );
}
