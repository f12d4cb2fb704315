import { scenarioDefinitionSchema, type ScenarioDefinition, type ScenarioDefinitionInput } from "../../scenarios/schemas";
import type { ActorView, EventBodies, EventKind, TimelineEventView } from "../../timeline/events";

/**
 * Timelines built by hand, event by event, for the scorecard's and the model answer's unit tests and the scorecard
 * benchmark. Nothing here touches a database: events are numbered in the order they are added.
 */

export const MINUTE = 60_000;
export const min = (minutes: number) => Math.round(minutes * MINUTE);

const START = Date.UTC(2026, 10, 24, 1, 0, 0);

export const FACILITATOR: ActorView = { type: "facilitator", id: "user-fran", name: "Fran" };
export const OBSERVER: ActorView = { type: "observer", id: "user-olga", name: "Olga" };
export const SYSTEM: ActorView = { type: "system", id: null, name: "drillroom" };
export const participant = (name: string, id = `p-${name.toLowerCase()}`): ActorView => ({ type: "participant", id, name });

export class TimelineBuilder {
  readonly events: TimelineEventView[] = [];

  /** Appends an event at `offsetMs` on the drill clock (null: before the start) and returns it. */
  add<K extends EventKind>(kind: K, offsetMs: number | null, body: EventBodies[K], actor: ActorView = FACILITATOR): Extract<TimelineEventView, { kind: K }> {
    const event = {
      id: this.events.length + 1,
      drillId: "drill-1",
      kind,
      audience: "staff",
      at: new Date(START + (offsetMs ?? 0)).toISOString(),
      offsetMs,
      actor,
      ref: null,
      body,
    } as Extract<TimelineEventView, { kind: K }>;
    this.events.push(event);
    return event;
  }

  /** An event of a kind this build does not know (a newer server's). */
  addUnknown(kind: string, offsetMs: number | null, body: unknown = {}): TimelineEventView {
    const event = { id: this.events.length + 1, drillId: "drill-1", kind, audience: "staff", at: new Date(START + (offsetMs ?? 0)).toISOString(), offsetMs, actor: SYSTEM, ref: null, body };
    this.events.push(event as unknown as TimelineEventView);
    return event as unknown as TimelineEventView;
  }

  start(timeBoxMinutes = 45) {
    return this.add("drill.started", 0, { briefing: "Stage is on fire.", timeBoxMinutes }, FACILITATOR);
  }

  say(offsetMs: number, who: ActorView, text: string) {
    return this.add("chat.message", offsetMs, { participantId: who.id ?? who.name, text }, who);
  }

  inject(offsetMs: number, stepId: string, outcome?: "ok" | "failed") {
    return this.add("injection.executed", offsetMs, { stepId, name: `Step ${stepId}`, note: "", ...(outcome ? { method: "webhook" as const, result: { outcome } } : {}) });
  }

  fire(offsetMs: number, alertId: string, title = `Alert ${alertId}`) {
    return this.add("alert.fired", offsetMs, { alertId, source: "pagerduty", severity: "critical", title, body: "" }, SYSTEM);
  }

  acknowledge(offsetMs: number, alertId: string, who: ActorView) {
    return this.add("alert.acknowledged", offsetMs, { alertId, title: `Alert ${alertId}`, via: "channel" }, who);
  }

  record(offsetMs: number, milestone: EventBodies["milestone.recorded"]["milestone"], extra: Partial<EventBodies["milestone.recorded"]> = {}, actor: ActorView = FACILITATOR) {
    return this.add("milestone.recorded", offsetMs, { milestone, note: "", ...extra }, actor);
  }

  end(offsetMs: number, outcome: EventBodies["drill.ended"]["outcome"]) {
    return this.add("drill.ended", offsetMs, { outcome, note: "" }, FACILITATOR);
  }
}

/** A valid frozen script with the given fields changed (a 45-minute box, two injection steps, four model-answer steps). */
export function handBuiltScript(overrides: Partial<ScenarioDefinitionInput> = {}): ScenarioDefinition {
  const manual = { kind: "manual" as const, instructions: "By hand." };
  return scenarioDefinitionSchema.parse({
    title: "Redis black-hole",
    publicTitle: "API errors",
    summary: "The API fails.",
    components: ["api-server"],
    timeBoxMinutes: 45,
    rootCause: "The network path to the cache drops packets.",
    injections: [
      { id: "inj-1", name: "Slow the cache", action: manual, rollback: manual },
      { id: "inj-2", name: "Black-hole the cache", action: manual, rollback: manual },
    ],
    alerts: [{ id: "alert-5xx", offsetMinutes: 2, source: "pagerduty", severity: "critical", title: "5xx ratio > 5%" }],
    hints: [{ id: "hint-io", text: "Threads are blocked on I/O." }],
    modelAnswer: ["Declare the incident and state the impact.", "Bypass the segment cache with the runtime flag.", "Restart api-server after the dependency is cut.", "Escalate to SRE by minute 10."],
    successCriteria: [
      { milestone: "acknowledged", withinMinutes: 5 },
      { milestone: "mitigated", withinMinutes: 30 },
    ],
    ...overrides,
  });
}
