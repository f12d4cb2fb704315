import { ANSWER_VERDICT_LABELS } from "@/lib/drill-model/debrief";
import type { DrillReport, EventQuote } from "@/lib/review/report/types";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RichText } from "@/components/scenarios/rich-text";
import { offset, wallTime } from "./format";
import { Nothing, ReportSection, UserText } from "./report-parts";

/** A timeline event quoted as evidence: its drill-clock offset (the wall time on hover), who, and what it said. */
export function Quote({ quote, timeZone }: { quote: EventQuote; timeZone: string }) {
  return (
    <div className="flex min-w-0 gap-2 text-sm">
      <span className="shrink-0 font-mono text-xs text-zinc-500 tabular-nums" title={wallTime(quote.at, timeZone)}>
        {offset(quote.offsetMs)}
      </span>
      <span className="min-w-0 [overflow-wrap:anywhere]">
        <span className="font-medium text-zinc-300 print:text-zinc-800">{quote.actor}</span> <span className="whitespace-pre-line text-zinc-200 print:text-zinc-900">{quote.text}</span>
      </span>
    </div>
  );
}

export function KeyMoments({ report }: { report: DrillReport }) {
  return (
    <ReportSection id="key-moments" title={`Key moments (${report.keyMoments.length})`} aside="Starred by facilitators and observers">
      {report.keyMoments.length === 0 ? (
        <Nothing>No moment was starred.</Nothing>
      ) : (
        <ol className="flex flex-col gap-1.5">
          {report.keyMoments.map((moment) => (
            <li key={moment.seq} data-testid="report-key-moment">
              <Quote quote={moment} timeZone={report.timeZone} />
            </li>
          ))}
        </ol>
      )}
    </ReportSection>
  );
}

const verdictTone: Record<string, BadgeTone> = { done: "success", done_differently: "info", not_done: "danger" };

export function ModelAnswerComparison({ report }: { report: DrillReport }) {
  return (
    <ReportSection id="model-answer" title="Model answer vs what happened">
      {report.modelAnswer.length === 0 ? (
        <Nothing>The scenario has no model answer.</Nothing>
      ) : (
        <ol className="flex flex-col divide-y divide-zinc-800/70">
          {report.modelAnswer.map((step) => (
            <li key={step.step} data-testid="report-answer-step" className="grid gap-3 py-3 first:pt-0 last:pb-0 md:grid-cols-2">
              <div className="flex gap-2.5">
                <span className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-zinc-800 text-xs font-semibold text-zinc-300 tabular-nums">{step.step + 1}</span>
                <RichText text={step.text} size="compact" className="min-w-0 pt-0.5 text-zinc-200" />
              </div>
              <div className="flex flex-col gap-1.5 md:border-l md:border-zinc-800 md:pl-3">
                <div className="flex flex-wrap items-center gap-2 text-xs">
                  {step.verdict ? <Badge tone={verdictTone[step.verdict] ?? "neutral"}>{ANSWER_VERDICT_LABELS[step.verdict]}</Badge> : <Badge>Not compared yet</Badge>}
                  {step.doneAtOffsetMs !== null && <span className="font-mono text-zinc-400 tabular-nums">{offset(step.doneAtOffsetMs)}</span>}
                  {step.doneBy.length > 0 && <span className="text-zinc-400">by {step.doneBy.join(", ")}</span>}
                </div>
                {step.evidence.map((quote) => (
                  <Quote key={quote.seq} quote={quote} timeZone={report.timeZone} />
                ))}
                {step.note && <p className="text-xs whitespace-pre-line text-zinc-400 [overflow-wrap:anywhere]">{step.note}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </ReportSection>
  );
}

export function ObserverNotes({ report }: { report: DrillReport }) {
  return (
    <ReportSection id="notes" title={`Observer notes (${report.notes.length})`} aside="Chosen for the report">
      {report.notes.length === 0 ? (
        <Nothing>No note was chosen for the report.</Nothing>
      ) : (
        <ul className="flex flex-col gap-3">
          {report.notes.map((note) => (
            <li key={note.seq} data-testid="report-note" className="flex flex-col gap-1">
              <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-400">
                <span className="font-mono text-zinc-500 tabular-nums">{offset(note.offsetMs)}</span>
                <span className="font-medium text-zinc-300">{note.author}</span>
                {note.tags.map((tag) => (
                  <Badge key={tag} tone={tag === "mistake" ? "danger" : tag === "good_call" ? "success" : "neutral"}>
                    {tag.replaceAll("_", " ")}
                  </Badge>
                ))}
              </div>
              <UserText text={note.text} />
              {note.about && (
                <div className="border-l-2 border-zinc-800 pl-2 text-xs text-zinc-400">
                  <Quote quote={note.about} timeZone={report.timeZone} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </ReportSection>
  );
}
