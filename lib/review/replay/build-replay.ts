import type { TimelineEventView } from "../../timeline/events";
import { ANSWER_VERDICT_LABELS } from "../../drill-model/debrief";
import { pausesOf, tOf } from "./clock";
import { firstEvidenceSeq, replayAnswer } from "./answer";
import { excerpt, markOf } from "./marks";
import { replayMilestones } from "./milestones";
import { isPersonEvent, peopleFinder, type ReplayRoster } from "./people";
import { selectReplayEvents } from "./select-events";
import type { ReplayLane, ReplayMark, ReplayView } from "./types";

export interface ReplaySource {
  drill: ReplayView["drill"];
  audience: ReplayView["audience"];
  startedAt: Date | null;
  endedAt: Date | null;
  modelAnswer: readonly string[];
  /** The drill's whole timeline as staff see it, in seq order (the review's events included). */
  events: readonly TimelineEventView[];
  roster: ReplayRoster;
}

const SCRIPT_LANE: ReplayLane = { id: "script", kind: "script", label: "Script" };
const MILESTONES_LANE: ReplayLane = { id: "milestones", kind: "milestones", label: "Milestones" };
const NOTES_LANE: ReplayLane = { id: "notes", kind: "notes", label: "Observer notes" };
const ANSWER_LANE: ReplayLane = { id: "answer", kind: "answer", label: "Model answer" };

/** Where the drill starts and ends in wall time: the stored clock, else its `drill.started` and `drill.ended` events. */
function span(source: ReplaySource) {
  const ended = source.events.find((event) => event.kind === "drill.ended");
  const started = source.events.find((event) => event.kind === "drill.started");
  const endMs = ended ? Date.parse(ended.at) : (source.endedAt?.getTime() ?? Date.parse(source.events.at(-1)?.at ?? new Date(0).toISOString()));
  const startMs = source.startedAt?.getTime() ?? (started ? Date.parse(started.at) : endMs);
  return { startMs, endMs, endSeq: ended?.id ?? source.events.filter((event) => Date.parse(event.at) <= endMs).at(-1)?.id ?? 0 };
}

/**
 * The replay of an ended drill: a pure function of its timeline, frozen model answer and roster. One sort of the
 * drill's events by time, everything else a pass over them.
 */
export function buildReplay(source: ReplaySource): ReplayView {
  const { startMs, endMs, endSeq } = span(source);
  const durationMs = Math.max(0, endMs - startMs);
  const events = selectReplayEvents(source.events, { audience: source.audience, endSeq, endT: endMs - startMs, startMs });
  const pauses = pausesOf(events, startMs, durationMs);
  const pauseAt = (t: number) => pauses.find((pause) => pause.from === t);
  const tBySeq = new Map(events.map((event) => [event.id, tOf(event, startMs)]));

  const personOf = peopleFinder(source.roster);
  const people = new Map<string, ReplayLane>();
  const marks: ReplayMark[] = [];
  const inTimeOrder = events.map((event) => ({ event, t: tBySeq.get(event.id)! })).sort((a, b) => a.t - b.t || a.event.id - b.event.id);
  for (const { event, t } of inTimeOrder) {
    let mark: ReplayMark | null;
    if (isPersonEvent(event)) {
      const person = personOf(event);
      if (!people.has(person.laneId)) people.set(person.laneId, { id: person.laneId, kind: "person", label: person.name, ...(person.detail ? { detail: person.detail } : {}) });
      mark = markOf(event, t, { id: person.laneId, kind: "person", name: person.name }, pauseAt);
    } else if (event.kind === "note.added") {
      mark = markOf(event, t, { id: NOTES_LANE.id, kind: "notes" }, pauseAt);
    } else {
      mark = markOf(event, t, { id: SCRIPT_LANE.id, kind: "script" }, pauseAt);
    }
    if (mark) marks.push(mark);
  }

  const milestones = replayMilestones(source.events, startMs, pauses);
  for (const milestone of milestones) {
    const flag = milestone.source === "corrected" ? " (corrected)" : milestone.source === "after_the_fact" ? " (after the fact)" : "";
    marks.push({ t: milestone.t, lane: MILESTONES_LANE.id, kind: "milestone", seq: milestone.seq, label: `${milestone.label}${flag}` });
  }
  const answer = replayAnswer(source.modelAnswer, source.events, tBySeq);
  for (const step of answer) {
    if (step.t === null) continue;
    const verdict = step.verdict ? ` (${ANSWER_VERDICT_LABELS[step.verdict].toLowerCase()})` : "";
    marks.push({ t: step.t, lane: ANSWER_LANE.id, kind: "answer", seq: firstEvidenceSeq(step, tBySeq), label: `Step ${step.step + 1}${verdict}: ${excerpt(step.text)}` });
  }

  const lanes = [SCRIPT_LANE, ...people.values(), MILESTONES_LANE, ...(source.audience === "staff" ? [NOTES_LANE] : []), ANSWER_LANE];
  const laneOrder = new Map(lanes.map((lane, index) => [lane.id, index]));
  marks.sort((a, b) => a.t - b.t || (a.seq ?? Infinity) - (b.seq ?? Infinity) || laneOrder.get(a.lane)! - laneOrder.get(b.lane)!);
  return {
    drill: source.drill,
    audience: source.audience,
    startedAt: new Date(startMs).toISOString(),
    endedAt: new Date(endMs).toISOString(),
    durationMs,
    pauses,
    events,
    lanes,
    marks,
    milestones,
    answer,
  };
}
