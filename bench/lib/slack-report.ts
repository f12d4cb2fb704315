// Figures of one step of the Slack ingest benchmark, from the raw samples, and the printed table.
import { summarize, type Summary } from "./harness";
import type { LoadResult } from "./slack-load";
import type { StepCheck } from "./slack-verify";

// Slack counts a delivery as failed when no answer came within 3 s, and sends it again.
export const SLACK_ACK_DEADLINE_MS = 3000;

export interface StepInputs {
  rate: number;
  seconds: number;
  load: LoadResult;
  check: StepCheck;
  drain: { outcome: string; waitedMs: number };
  appErrors: { count: number; kinds: Record<string, number> };
  cpuPercentOfOneCore: Record<string, number | null>;
  clientLoopDelayP99Ms: number;
  otherCpuPercentBefore: number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function stepFigures(input: StepInputs) {
  const { load, check } = input;
  const first = load.deliveries.filter((delivery) => !delivery.redelivery);
  const again = load.deliveries.filter((delivery) => delivery.redelivery);
  const statuses: Record<string, number> = {};
  for (const delivery of load.deliveries) statuses[delivery.status || "network error"] = (statuses[delivery.status || "network error"] ?? 0) + 1;
  const sentAt = new Map(first.map((delivery) => [delivery.ts, delivery.sentAtWall]));
  const written = [...check.writtenAt.values()];
  const stepEnd = load.startedAtWall + input.seconds * 1000;
  const perSecond = new Map<number, number>();
  for (const at of written) perSecond.set(Math.floor((at - load.startedAtWall) / 1000), (perSecond.get(Math.floor((at - load.startedAtWall) / 1000)) ?? 0) + 1);
  const lastWritten = written.reduce((latest, at) => Math.max(latest, at), -Infinity);
  const lastFirstSend = first.reduce((latest, delivery) => Math.max(latest, delivery.sentAtWall), -Infinity);
  return {
    targetRate: input.rate,
    seconds: input.seconds,
    sent: { events: first.length, redeliveries: again.length, requests: load.deliveries.length },
    achievedEventsPerSecond: round(first.length / ((load.scheduleMs || 1) / 1000), 1),
    client: {
      lateMs: summarize(first.map((delivery) => delivery.lateMs)),
      maxInFlight: load.maxInFlight,
      maxQueued: load.maxQueued,
      eventLoopDelayP99Ms: input.clientLoopDelayP99Ms,
    },
    ackMs: summarize(load.deliveries.map((delivery) => delivery.ackMs)),
    ackFirstDeliveryMs: summarize(first.map((delivery) => delivery.ackMs)),
    // From the moment the request was due: includes waiting in the client when the app answered too slowly to keep the bound.
    ackFromScheduledMs: summarize(first.map((delivery) => delivery.lateMs + delivery.ackMs)),
    ackRedeliveryMs: summarize(again.map((delivery) => delivery.ackMs)),
    acksOverSlackDeadline: load.deliveries.filter((delivery) => delivery.ackMs >= SLACK_ACK_DEADLINE_MS).length,
    statuses,
    non2xx: load.deliveries.filter((delivery) => delivery.status < 200 || delivery.status >= 300).length,
    networkErrors: [...new Set(load.deliveries.flatMap((delivery) => (delivery.error ? [delivery.error] : [])))],
    written: {
      duringStepPerSecond: round(written.filter((at) => at <= stepEnd).length / input.seconds, 1),
      peakPerSecond: Math.max(0, ...perSecond.values()),
      overallPerSecond: written.length ? round(written.length / Math.max(1, (lastWritten - load.startedAtWall) / 1000), 1) : 0,
    },
    ingestLatencyMs: summarize([...check.writtenAt].map(([ts, at]) => at - sentAt.get(ts)!)),
    drain: {
      outcome: input.drain.outcome,
      lagSeconds: Number.isFinite(lastWritten) ? round(Math.max(0, lastWritten - lastFirstSend) / 1000, 2) : null,
      waitedSeconds: round(input.drain.waitedMs / 1000, 1),
    },
    verify: { expected: check.expected, found: check.found, lost: check.lost, duplicated: check.duplicated, wrongText: check.wrongText, unexpected: check.unexpected },
    appErrors: input.appErrors,
    cpuPercentOfOneCore: input.cpuPercentOfOneCore,
    otherCpuPercentBefore: input.otherCpuPercentBefore,
  };
}

export type StepFigures = ReturnType<typeof stepFigures>;

export function slackTable(steps: StepFigures[], header: string[]): string {
  const f = (value: number | null) => (value === null || !Number.isFinite(value) ? "-" : value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const widths = [6, 7, 6, 8, 7, 7, 7, 7, 6, 8, 8, 7, 6, 5, 4, 16];
  const row = (cells: (string | number)[]) => cells.map((cell, index) => String(cell).padStart(widths[index]!)).join(" ");
  const ms = (s: Summary, key: "p50" | "p90" | "p99" | "max") => f(s[key]);
  const lines = [
    ...header,
    "",
    row(["rate", "events", "redel", "sent/s", "ack p50", "p90", "p99", "max", "non2xx", "write/s", "ingest99", "drain s", "errors", "lost", "dup", "cpu% srv/pg/gen"]),
  ];
  for (const step of steps) {
    const cpu = ["server", "postgres", "bench"].map((key) => (step.cpuPercentOfOneCore[key] == null ? "-" : Math.round(step.cpuPercentOfOneCore[key]!))).join("/");
    lines.push(
      row([
        step.targetRate,
        step.sent.events,
        step.sent.redeliveries,
        f(step.achievedEventsPerSecond),
        ms(step.ackMs, "p50"),
        ms(step.ackMs, "p90"),
        ms(step.ackMs, "p99"),
        ms(step.ackMs, "max"),
        step.non2xx,
        f(step.written.duringStepPerSecond),
        ms(step.ingestLatencyMs, "p99"),
        f(step.drain.lagSeconds),
        step.appErrors.count,
        step.verify.lost,
        step.verify.duplicated,
        cpu,
      ]),
    );
  }
  lines.push(
    "",
    "ack: ms from starting the POST to the end of the app's answer, every request (first deliveries and redeliveries).",
    "write/s: chat.message rows written during the step, per second. ingest99: p99 ms from the first send to the row's `at`.",
    "drain s: last row written minus the last first delivery sent (the end of the step). errors: error lines in the app's log. lost/dup: against the database.",
    "cpu%: of one core during the step (sending), for next start, Postgres, and this process (load generator + Slack emulator).",
  );
  return lines.join("\n");
}
