"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatOffset } from "@/lib/drill-model/clock";
import { ANSWER_VERDICTS, ANSWER_VERDICT_LABELS, type AnswerVerdict } from "@/lib/drill-model/debrief";
import { linkAnswerMutation } from "@/lib/queries/review";
import type { DebriefView } from "@/lib/review/debrief-view";
import type { TimelineEventView } from "@/lib/timeline/events";
import { EventChoice } from "../drills/event-choice";
import { RichText } from "../scenarios/rich-text";
import { Badge, type BadgeTone } from "../ui/badge";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { EventQuoteLine } from "./event-quote";

type Comparison = DebriefView["modelAnswer"][number];

const verdictTone: Record<AnswerVerdict, BadgeTone> = { done: "success", done_differently: "info", not_done: "danger" };
// Linking evidence to a step nobody judged yet says it was done; the facilitator can still say "differently".
const LINKED_DEFAULT: AnswerVerdict = "done";

function VerdictBadge({ verdict }: { verdict: AnswerVerdict | null }) {
  return verdict ? <Badge tone={verdictTone[verdict]}>{ANSWER_VERDICT_LABELS[verdict]}</Badge> : <Badge tone="neutral">not compared yet</Badge>;
}

/** One model-answer step beside what happened: the evidence, when and by whom, the verdict and a note. */
export function AnswerStep({ drillId, comparison, events, editable }: { drillId: string; comparison: Comparison; events: TimelineEventView[]; editable: boolean }) {
  const link = useMutation(linkAnswerMutation(useQueryClient(), drillId));
  const [note, setNote] = useState(comparison.note);
  const number = comparison.step + 1;
  const linked = comparison.evidence.map((quote) => quote.seq);
  const save = (change: { verdict?: AnswerVerdict; evidenceSeqs?: number[]; note?: string }) =>
    link.mutate({ step: comparison.step, verdict: change.verdict ?? comparison.verdict ?? LINKED_DEFAULT, evidenceSeqs: change.evidenceSeqs ?? linked, note: change.note ?? comparison.note });
  const add = (seq: number | null) => seq !== null && !linked.includes(seq) && save({ evidenceSeqs: [...linked, seq].sort((a, b) => a - b) });
  const candidates = comparison.candidates.filter((candidate) => !linked.includes(candidate.seq));

  return (
    <li data-step={comparison.step} aria-label={`Model answer step ${number}`} className="grid gap-3 py-3 md:grid-cols-2">
      <div className="min-w-0">
        <p className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Step {number}</p>
        <RichText text={comparison.text} className="mt-0.5 text-zinc-200" />
      </div>
      <div className="flex min-w-0 flex-col gap-1.5">
        <div className="flex flex-wrap items-center gap-2">
          {editable ? (
            <>
              <label htmlFor={`verdict-${comparison.step}`} className="sr-only">
                Verdict for step {number}
              </label>
              <select id={`verdict-${comparison.step}`} value={comparison.verdict ?? ""} disabled={link.isPending} onChange={(change) => save({ verdict: change.target.value as AnswerVerdict })} className={`${inputClass} h-7 w-auto py-0 text-xs`}>
                {comparison.verdict === null && <option value="">Not compared yet</option>}
                {ANSWER_VERDICTS.map((verdict) => (
                  <option key={verdict} value={verdict}>
                    {ANSWER_VERDICT_LABELS[verdict]}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <VerdictBadge verdict={comparison.verdict} />
          )}
          {comparison.doneAtOffsetMs !== null && (
            <span className="text-xs text-zinc-400">
              at <span className="font-mono">{formatOffset(comparison.doneAtOffsetMs)}</span>
              {comparison.doneBy.length > 0 && <> by {comparison.doneBy.join(", ")}</>}
            </span>
          )}
        </div>
        {comparison.evidence.length === 0 ? (
          <p className="text-xs text-zinc-500">No evidence linked.</p>
        ) : (
          <ul aria-label={`Evidence for step ${number}`} className="flex flex-col gap-1">
            {comparison.evidence.map((quote) => (
              <li key={quote.seq} className="flex items-start justify-between gap-2">
                <EventQuoteLine quote={quote} />
                {editable && (
                  <button type="button" disabled={link.isPending} onClick={() => save({ evidenceSeqs: linked.filter((seq) => seq !== quote.seq) })} aria-label={`Unlink #${quote.seq} from step ${number}`} className="shrink-0 rounded px-1 text-xs text-zinc-500 hover:bg-zinc-800 hover:text-zinc-200">
                    ✕
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {editable && candidates.length > 0 && (
          <div className="rounded-md border border-dashed border-zinc-700 p-1.5">
            <p className="text-[11px] text-zinc-500">Suggested from the timeline</p>
            <ul className="mt-0.5 flex flex-col gap-1">
              {candidates.slice(0, 4).map((candidate) => (
                <li key={candidate.seq} className="flex items-start justify-between gap-2">
                  <EventQuoteLine quote={candidate} />
                  <Button size="sm" variant="ghost" disabled={link.isPending} onClick={() => add(candidate.seq)} aria-label={`Link #${candidate.seq} to step ${number}`} className="shrink-0">
                    Link
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {editable && <EventChoice id={`answer-evidence-${comparison.step}`} label="Link another event" purpose={`evidence for step ${number}`} events={events} value={null} onChange={add} emptyLabel="Choose an event…" />}
        {editable ? (
          <form
            onSubmit={(submit) => {
              submit.preventDefault();
              save({ note });
            }}
            className="flex items-center gap-2"
          >
            <label htmlFor={`answer-note-${comparison.step}`} className="sr-only">
              Note on step {number}
            </label>
            <input id={`answer-note-${comparison.step}`} value={note} maxLength={2000} onChange={(change) => setNote(change.target.value)} placeholder="Note (what they did instead, why not)" className={`${inputClass} h-7 py-0 text-xs`} />
            <Button type="submit" size="sm" disabled={link.isPending || note === comparison.note} className="shrink-0 whitespace-nowrap">
              Save note
            </Button>
          </form>
        ) : (
          comparison.note && <p className="text-xs text-zinc-300">{comparison.note}</p>
        )}
        {link.error && (
          <p role="alert" className="text-xs text-rose-400">
            {link.error.problems[0] ? `${link.error.problems[0].path} ${link.error.problems[0].message}` : link.error.message}
          </p>
        )}
      </div>
    </li>
  );
}
