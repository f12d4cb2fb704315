import type { Db } from "../../../db/client";
import type { InjectionRun } from "../../../db/generated/client";
import type { ActionResultBody } from "../../../timeline/events";
import type { RunState } from "./outstanding";

/** One injection or rollback run as the control room shows it: never the delivery id or anything sent. */
export interface StepRunView extends RunState {
  method: "manual" | "webhook";
  /** Null while running, and for manual steps. */
  result: ActionResultBody | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  /** When the result was recorded, on the drill clock. */
  offsetMs: number | null;
  /** 2 and more: run again after a failure. */
  round: number;
  override: boolean;
  duringAbort: boolean;
}

export interface InjectionRunsView {
  injection: StepRunView | null;
  rollback: StepRunView | null;
}

function toView(run: InjectionRun, offsets: Map<number, number | null>): StepRunView {
  return {
    status: run.status,
    seq: run.eventSeq,
    method: run.method === "webhook" ? "webhook" : "manual",
    result: (run.result as ActionResultBody | null) ?? null,
    startedBy: run.startedBy,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    offsetMs: run.eventSeq === null ? null : (offsets.get(run.eventSeq) ?? null),
    round: run.round,
    override: run.override,
    duringAbort: run.duringAbort,
  };
}

/** Every step that has run, by step id: its injection and its rollback. */
export async function loadInjectionRuns(db: Db, drillId: string): Promise<Record<string, InjectionRunsView>> {
  const runs = await db.injectionRun.findMany({ where: { drillId }, orderBy: { startedAt: "asc" } });
  const seqs = runs.flatMap((run) => (run.eventSeq === null ? [] : [run.eventSeq]));
  const events = seqs.length ? await db.timelineEvent.findMany({ where: { drillId, seq: { in: seqs } }, select: { seq: true, offsetMs: true } }) : [];
  const offsets = new Map(events.map((event) => [event.seq, event.offsetMs]));
  const byStep: Record<string, InjectionRunsView> = {};
  for (const run of runs) {
    const entry = (byStep[run.stepId] ??= { injection: null, rollback: null });
    entry[run.phase] = toView(run, offsets);
  }
  return byStep;
}
