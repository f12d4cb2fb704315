import type { ScenarioDefinition } from "../../scenarios/schemas";

export interface PlannedItem {
  kind: "alert" | "hint" | "timebox";
  itemId: string;
  /** The injection step an alert is timed from; null when timed from the drill's start. */
  anchor: string | null;
  offsetMs: number;
  dueOffsetMs: number | null;
  unlessMilestone: string | null;
}

const MINUTE = 60_000;

/** What the script does by itself once the drill starts: every alert, hints with an offset rule, and the time-box expiry. */
export function planScript(script: ScenarioDefinition): PlannedItem[] {
  const alerts: PlannedItem[] = script.alerts.map((alert) => {
    const offsetMs = Math.round(alert.offsetMinutes * MINUTE);
    const fromStart = alert.relativeTo === "start";
    return { kind: "alert", itemId: alert.id, anchor: fromStart ? null : alert.relativeTo, offsetMs, dueOffsetMs: fromStart ? offsetMs : null, unlessMilestone: alert.unlessMilestone ?? null };
  });
  const hints: PlannedItem[] = script.hints
    .filter((hint) => hint.release !== "manual" && hint.offsetMinutes !== undefined)
    .map((hint) => {
      const offsetMs = Math.round((hint.offsetMinutes ?? 0) * MINUTE);
      const unless = hint.release === "at_offset_unless_milestone" ? (hint.unlessMilestone ?? null) : null;
      return { kind: "hint", itemId: hint.id, anchor: null, offsetMs, dueOffsetMs: offsetMs, unlessMilestone: unless };
    });
  const timeBoxMs = script.timeBoxMinutes * MINUTE;
  return [...alerts, ...hints, { kind: "timebox", itemId: "timebox", anchor: null, offsetMs: timeBoxMs, dueOffsetMs: timeBoxMs, unlessMilestone: null }];
}
