import type { ScriptItemView } from "./script/items";
import type { InjectionRunsView } from "./injections/runs/view";
import type { Drill } from "../db/generated/client";
import type { DrillStatus } from "../db/generated/enums";
import type { DrillOutcome } from "../drill-model/state-machine";
import type { ScenarioDefinition } from "../scenarios/schemas";

export interface ProgressMark {
  seq: number;
  offsetMs: number | null;
  at: string;
  /** Milestones only: the timeline event that proves it. */
  evidenceSeq?: number | null;
}

/** What has happened to each scripted item, derived from the timeline (its single source of truth). */
export interface DrillProgress {
  injections: Record<string, ProgressMark>;
  alerts: Record<string, ProgressMark>;
  hints: Record<string, ProgressMark>;
  milestones: Record<string, ProgressMark>;
}

export interface ClockView {
  startedAt: string | null;
  endedAt: string | null;
  pausedAt: string | null;
  pausedMs: number;
  timeBoxMinutes: number;
  /** The server's clock when this view was made, so browsers can correct for their own skew. */
  serverNow: string;
}

export interface DrillSummary {
  id: string;
  /** For staff; participants see `publicTitle`. */
  title: string;
  publicTitle: string;
  status: DrillStatus;
  scenarioId: string;
  createdAt: string;
  clock: ClockView;
  /** Seeded demo data: pages badge it wherever the drill is named. */
  demo: boolean;
}

export interface DrillView extends DrillSummary {
  /** How it ended, kept through review and close. */
  outcome: DrillOutcome | null;
  /** When participants were shown the root cause and the model answer. */
  revealedAt: string | null;
  closedAt: string | null;
  /** The game day it belongs to. */
  exercise: { id: string; name: string; date: string } | null;
  revision: number;
  chatProvider: string;
  /** The participants' link; only for those who run the drill (anyone holding it can post). */
  channelToken: string | null;
  /** The same link, absolute, at the address teammates use (DRILLROOM_URL, or where the drill was created). */
  channelUrl: string | null;
  lastSeq: number;
  script: ScenarioDefinition;
  progress: DrillProgress;
  /** What the script will do by itself, and what became of each item. */
  scriptItems: ScriptItemView[];
  /** Where the injections land; a protected one needs its name typed to run anything. */
  environment: ScenarioDefinition["environment"];
  /** Each step's injection and rollback runs (state, last result), by step id; absent until it first runs. */
  injectionRuns: Record<string, InjectionRunsView>;
}

export function clockView(drill: Pick<Drill, "startedAt" | "endedAt" | "pausedAt" | "pausedMs" | "timeBoxMinutes">, now: Date): ClockView {
  return {
    startedAt: drill.startedAt?.toISOString() ?? null,
    endedAt: drill.endedAt?.toISOString() ?? null,
    pausedAt: drill.pausedAt?.toISOString() ?? null,
    pausedMs: drill.pausedMs,
    timeBoxMinutes: drill.timeBoxMinutes,
    serverNow: now.toISOString(),
  };
}

export function progressFrom(events: { seq: number; ref: string | null; offsetMs: number | null; at: Date }[]): DrillProgress {
  const progress: DrillProgress = { injections: {}, alerts: {}, hints: {}, milestones: {} };
  const bucket = { injection: progress.injections, alert: progress.alerts, hint: progress.hints, milestone: progress.milestones } as const;
  for (const event of events) {
    const [kind, id] = (event.ref ?? "").split(/:(.*)/s);
    const target = bucket[kind as keyof typeof bucket];
    if (target && id && !target[id]) target[id] = { seq: event.seq, offsetMs: event.offsetMs, at: event.at.toISOString() };
  }
  return progress;
}
