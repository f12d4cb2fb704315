import type { Db } from "../../db/client";
import type { DrillOutcome } from "../../drill-model/state-machine";
import { env } from "../../env";
import { getDrillOrThrow } from "../../drills/internal/get-drill";
import { readDefinition } from "../../scenarios/upgrade";
import type { TimelineEventView } from "../../timeline/events";
import { compareModelAnswer, quoteEvent } from "../answer/compare";
import { computeScorecard } from "../scorecard/compute";
import { loadEvents, pickedNoteSeqs, starredSeqs } from "../timeline";
import { hotWashSections } from "./hot-wash";
import { summarize } from "./summary";
import type { DrillReport, ReportNote } from "./types";

export interface ReportOptions {
  final: boolean;
  generatedAt: Date;
  timeZone?: string;
}

/** The notes the report can show: every observer note, with the moment it is about. */
export function notesOf(events: readonly TimelineEventView[]): ReportNote[] {
  const bySeq = new Map(events.map((event) => [event.id, event]));
  return events.flatMap((event): ReportNote[] => {
    if (event.kind !== "note.added") return [];
    const about = event.body.pinnedSeq ? bySeq.get(event.body.pinnedSeq) : undefined;
    return [{ seq: event.id, offsetMs: event.offsetMs, at: event.at, author: event.actor.name, text: event.body.text, tags: event.body.tags ?? [], about: about ? quoteEvent(about) : null }];
  });
}

/** Assembles a drill's report from the database as it stands (inside the close's transaction when freezing). */
export async function buildReport(db: Db, drillId: string, options: ReportOptions): Promise<DrillReport> {
  const drill = await getDrillOrThrow(db, drillId, { include: { revision: { select: { number: true } }, exercise: true, roster: { orderBy: { position: "asc" } } } });
  const script = readDefinition(drill.script);
  const events = await loadEvents(db, drill.id);
  const scorecard = computeScorecard({ script, drill: { outcome: drill.outcome as DrillOutcome | null, timeBoxMinutes: drill.timeBoxMinutes }, events });
  const modelAnswer = compareModelAnswer(script, events);
  const bySeq = new Map(events.map((event) => [event.id, event]));
  const picked = new Set(pickedNoteSeqs(events));
  const sections = await hotWashSections(db, drill.id, events);
  return {
    kind: "drill",
    version: 1,
    final: options.final,
    generatedAt: options.generatedAt.toISOString(),
    timeZone: options.timeZone ?? env().DRILLROOM_TIMEZONE,
    drill: {
      id: drill.id,
      title: drill.title,
      publicTitle: drill.publicTitle,
      status: drill.status,
      outcome: drill.outcome as DrillOutcome | null,
      scenarioId: drill.scenarioId,
      scenarioTitle: script.title,
      revision: drill.revision.number,
      difficulty: script.difficulty,
      environment: script.environment,
      components: script.components,
      designers: script.designers,
      chatProvider: drill.chatProvider,
      startedAt: drill.startedAt?.toISOString() ?? null,
      endedAt: drill.endedAt?.toISOString() ?? null,
      closedAt: options.final ? options.generatedAt.toISOString() : null,
      revealedAt: drill.revealedAt?.toISOString() ?? null,
      timeBoxMinutes: drill.timeBoxMinutes,
      exercise: drill.exercise ? { id: drill.exercise.id, name: drill.exercise.name, date: drill.exercise.date.toISOString().slice(0, 10) } : null,
      ...(drill.demo ? { demo: true as const } : {}),
    },
    scenario: { summary: script.summary, rootCause: script.rootCause, expectedImpact: script.expectedImpact },
    summary: summarize(scorecard, modelAnswer),
    roster: drill.roster.map((member) => ({ name: member.name, role: member.role, team: member.team })),
    scorecard,
    keyMoments: starredSeqs(events).flatMap((seq) => (bySeq.has(seq) ? [quoteEvent(bySeq.get(seq)!)] : [])),
    modelAnswer,
    notes: notesOf(events).filter((note) => picked.has(note.seq)),
    sections,
  };
}
