import { ANSWER_VERDICT_LABELS } from "../../../drill-model/debrief";
import type { AnswerStepComparison, DrillReport, EventQuote, ReportNote } from "../../report/types";
import type { Block, Entry } from "./blocks";
import { hotWashBlocks } from "./hot-wash";
import { NONE, humanize, offset, oneLine, orNone, outcomeLabel, shorten, statusLabel, wallDate, wallTime } from "./format";

/** A quote inside the model-answer table is a pointer to the timeline, not the whole message. */
const EVIDENCE_CHARS = 240;
import { scorecardBlocks } from "./scorecard";

/** Top-level: the report is the document. Nested: it is one drill inside an exercise's report. */
export type Depth = "document" | "nested";

export const DRAFT_NOTICE = "Draft: the drill is still in review, so this report changes until the drill is closed.";

function quoteHead(quote: EventQuote, timeZone: string): string {
  return [offset(quote.offsetMs), wallTime(quote.at, timeZone), quote.actor, humanize(quote.kind)].join(" · ");
}

export const quoteEntry = (quote: EventQuote, timeZone: string): Entry => ({ head: quoteHead(quote, timeZone), body: quote.text });

function overview(report: DrillReport): Block {
  const { drill, scenario, timeZone } = report;
  const environment = `${drill.environment.name}${drill.environment.protected ? " (protected)" : ""}`;
  return {
    kind: "fields",
    fields: [
      { label: "Scenario", value: `${drill.scenarioTitle} (revision ${drill.revision})` },
      { label: "Participants knew it as", value: drill.publicTitle },
      { label: "Difficulty", value: humanize(drill.difficulty) },
      { label: "Environment", value: environment },
      { label: "Components", value: drill.components.join(", ") || NONE },
      { label: "Designed by", value: drill.designers.join(", ") || NONE },
      { label: "Channel", value: humanize(drill.chatProvider) },
      { label: "Started", value: wallTime(drill.startedAt, timeZone) },
      { label: "Ended", value: wallTime(drill.endedAt, timeZone) },
      { label: "Answer revealed", value: wallTime(drill.revealedAt, timeZone) },
      { label: "Closed", value: wallTime(drill.closedAt, timeZone) },
      { label: "Time box", value: `${drill.timeBoxMinutes} min` },
      { label: "Exercise", value: drill.exercise ? `${drill.exercise.name} (${wallDate(drill.exercise.date, timeZone)})` : NONE },
      { label: "Summary", value: orNone(scenario.summary) },
      { label: "Expected impact", value: orNone(scenario.expectedImpact) },
      { label: "Root cause", value: orNone(scenario.rootCause) },
    ],
  };
}

function answerRow(step: AnswerStepComparison): string[] {
  const verdict = step.verdict ? ANSWER_VERDICT_LABELS[step.verdict] : "Not compared yet";
  const evidence = step.evidence.map((quote) => `${offset(quote.offsetMs)} ${quote.actor}: ${shorten(oneLine(quote.text), EVIDENCE_CHARS)}`);
  const happened = [verdict, ...evidence, ...(step.note.trim() ? [`Note: ${oneLine(step.note)}`] : [])].join(" · ");
  return [String(step.step + 1), oneLine(step.text), happened, offset(step.doneAtOffsetMs), step.doneBy.join(", ") || NONE];
}

function noteEntry(note: ReportNote, timeZone: string): Entry {
  const tags = note.tags.length ? ` · ${note.tags.map(humanize).join(", ")}` : "";
  return {
    head: `${offset(note.offsetMs)} · ${wallTime(note.at, timeZone)} · ${note.author}${tags}`,
    body: note.text,
    detail: note.about ? `About ${offset(note.about.offsetMs)} ${note.about.actor}: ${shorten(oneLine(note.about.text), EVIDENCE_CHARS)}` : undefined,
  };
}

/** Seeded demo drills say so in the title line of every rendering (Markdown, PDF, the exercise's roll-up). */
export const DEMO_MARK = " (demo data)";

export function drillBlocks(report: DrillReport, depth: Depth = "document"): Block[] {
  const top = depth === "document" ? 1 : 2;
  const level = (top + 1) as 2 | 3;
  const { drill, timeZone } = report;
  return [
    { kind: "heading", level: top, text: `${depth === "document" ? "Drill report: " : ""}${oneLine(drill.title)}${drill.demo ? DEMO_MARK : ""}` },
    ...(report.final ? [] : [{ kind: "notice", text: DRAFT_NOTICE } as const]),
    {
      kind: "paragraph",
      text: `Outcome: ${outcomeLabel(drill.outcome)} · Status: ${statusLabel(drill.status)} · Ran ${wallTime(drill.startedAt, timeZone)} to ${wallTime(drill.endedAt, timeZone)} · Report made ${wallTime(report.generatedAt, timeZone)} (times in ${timeZone})`,
    },
    { kind: "heading", level, text: "Summary" },
    report.summary.length ? { kind: "list", items: report.summary } : { kind: "paragraph", text: NONE },
    { kind: "heading", level, text: "Overview" },
    overview(report),
    { kind: "heading", level, text: "Roster" },
    report.roster.length
      ? {
          kind: "table",
          columns: [{ label: "Name", weight: 2 }, { label: "Role", weight: 2 }, { label: "Team", weight: 1.5 }],
          rows: report.roster.map((person) => [person.name, humanize(person.role), person.team ?? NONE]),
        }
      : { kind: "paragraph", text: "Nobody was on the roster." },
    ...scorecardBlocks(report.scorecard, level),
    { kind: "heading", level, text: "Key moments" },
    report.keyMoments.length
      ? { kind: "entries", entries: report.keyMoments.map((quote) => quoteEntry(quote, timeZone)) }
      : { kind: "paragraph", text: "No moment was starred." },
    { kind: "heading", level, text: "Model answer vs what happened" },
    report.modelAnswer.length
      ? {
          kind: "table",
          columns: [{ label: "#", weight: 0.4 }, { label: "Model answer", weight: 3 }, { label: "What happened", weight: 3.5 }, { label: "When" }, { label: "By", weight: 1.2 }],
          rows: report.modelAnswer.map(answerRow),
        }
      : { kind: "paragraph", text: "The scenario has no model answer." },
    { kind: "heading", level, text: "Observer notes" },
    report.notes.length
      ? { kind: "entries", entries: report.notes.map((note) => noteEntry(note, timeZone)) }
      : { kind: "paragraph", text: "No note was chosen for the report." },
    ...hotWashBlocks(report.sections, level, timeZone),
  ];
}
