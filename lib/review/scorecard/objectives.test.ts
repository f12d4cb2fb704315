import { describe, expect, it } from "vitest";
import type { ScenarioDefinitionInput } from "../../scenarios/schemas";
import { computeScorecard } from "./compute";
import { FACILITATOR, handBuiltScript, min, TimelineBuilder } from "./hand-built-timeline";
import type { Scorecard } from "./types";

const withObjectives: Partial<ScenarioDefinitionInput> = {
  successCriteria: [
    { milestone: "acknowledged", withinMinutes: 5 },
    { milestone: "impact_identified", withinMinutes: 15 },
    { milestone: "mitigated", withinMinutes: 30 },
  ],
  objectives: [
    { id: "detect", name: "Detect", description: "Notice and size the impact.", milestones: ["acknowledged", "impact_identified"] },
    { id: "mitigate", name: "Mitigate", milestones: ["mitigation_started", "mitigated"] },
    { id: "diagnose", name: "Diagnose", milestones: ["root_cause_identified"] },
  ],
};

function score(timeline: TimelineBuilder, overrides: Partial<ScenarioDefinitionInput> = withObjectives): Scorecard {
  return computeScorecard({ script: handBuiltScript(overrides), drill: { outcome: null, timeBoxMinutes: 45 }, events: timeline.events });
}
const objective = (card: Scorecard, id: string) => card.objectives.find((entry) => entry.id === id)!;

/** A drill injected at minute 2 (the reference), with the given milestones reached at these drill-clock minutes. */
function drillReaching(reached: Record<string, number>) {
  const timeline = new TimelineBuilder();
  timeline.start();
  timeline.inject(min(2), "inj-1");
  for (const [milestone, minute] of Object.entries(reached)) timeline.record(min(minute), milestone as never);
  return timeline;
}

describe("success criteria", () => {
  it("measures each from the reference against its limit: met, late, or never reached", () => {
    const card = score(drillReaching({ acknowledged: 7, impact_identified: 18 }));
    expect(card.criteria).toEqual([
      { milestone: "acknowledged", label: "Acknowledged", withinMinutes: 5, limitMs: min(5), measuredMs: min(5), met: true },
      { milestone: "impact_identified", label: "Impact identified", withinMinutes: 15, limitMs: min(15), measuredMs: min(16), met: false },
      { milestone: "mitigated", label: "Mitigated", withinMinutes: 30, limitMs: min(30), measuredMs: null, met: false },
    ]);
  });
});

describe("the P/S/M/U suggestion", () => {
  it("is P when every milestone is reached and every criterion met in time", () => {
    const detect = objective(score(drillReaching({ acknowledged: 4, impact_identified: 10 })), "detect");
    expect(detect).toMatchObject({ suggested: "P", rating: "P", override: null, history: [], derived: false, name: "Detect" });
    expect(detect.milestones).toEqual([
      { milestone: "acknowledged", label: "Acknowledged", reachedOffsetMs: min(4) },
      { milestone: "impact_identified", label: "Impact identified", reachedOffsetMs: min(10) },
    ]);
    expect(detect.criteria.map((criterion) => criterion.milestone)).toEqual(["acknowledged", "impact_identified"]);
    expect(detect.because).toMatch(/^All met in time/);
  });

  it("is S when everything is reached but a criterion was late, and says which", () => {
    const detect = objective(score(drillReaching({ acknowledged: 9, impact_identified: 10 })), "detect");
    expect(detect.suggested).toBe("S");
    expect(detect.because).toContain("Acknowledged");
    expect(detect.because).toContain("07:00");
    expect(detect.because).toContain("5 min");
  });

  it("is M when some milestones are reached and some are not", () => {
    const mitigate = objective(score(drillReaching({ mitigation_started: 12 })), "mitigate");
    expect(mitigate.suggested).toBe("M");
    expect(mitigate.because).toContain("Mitigated");
  });

  it("is U when none is reached", () => {
    const card = score(drillReaching({}));
    expect(card.objectives.map((entry) => entry.suggested)).toEqual(["U", "U", "U"]);
    expect(objective(card, "diagnose").because).toContain("Root cause identified");
  });

  it("is P for an objective without criteria once its milestones are reached, whenever that was", () => {
    expect(objective(score(drillReaching({ root_cause_identified: 44 })), "diagnose").suggested).toBe("P");
  });
});

describe("the facilitator's rating", () => {
  it("overrides the suggestion with the latest rating and keeps every rating, oldest first", () => {
    const timeline = drillReaching({ acknowledged: 4, impact_identified: 10 });
    timeline.end(min(40), "mitigated");
    const first = timeline.add("objective.rated", min(50), { objectiveId: "detect", rating: "M", suggested: "P", reason: "the ack was a guess" }, FACILITATOR);
    timeline.add("objective.rated", min(51), { objectiveId: "mitigate", rating: "U", suggested: "U", reason: "never got there" }, FACILITATOR);
    const second = timeline.add("objective.rated", min(52), { objectiveId: "detect", rating: "S", suggested: "P", reason: "on reflection, some challenges" }, { type: "admin", id: "user-ada", name: "Ada" });
    const detect = objective(score(timeline), "detect");
    expect(detect.suggested).toBe("P");
    expect(detect.rating).toBe("S");
    expect(detect.override).toEqual({ rating: "S", reason: "on reflection, some challenges", by: "Ada", at: second.at, seq: second.id });
    expect(detect.history).toEqual([
      { rating: "M", reason: "the ack was a guess", by: "Fran", at: first.at, seq: first.id },
      { rating: "S", reason: "on reflection, some challenges", by: "Ada", at: second.at, seq: second.id },
    ]);
  });

  it("ignores ratings of objectives the script does not have", () => {
    const timeline = drillReaching({});
    timeline.add("objective.rated", min(50), { objectiveId: "communicate", rating: "P", suggested: "U", reason: "?" }, FACILITATOR);
    expect(score(timeline).objectives.map((entry) => entry.id)).toEqual(["detect", "mitigate", "diagnose"]);
  });
});

describe("a scenario without objectives", () => {
  it("gets one derived objective per success criterion, named after it", () => {
    const timeline = drillReaching({ acknowledged: 4, mitigated: 40 });
    timeline.add("objective.rated", min(50), { objectiveId: "mitigated-within-30", rating: "M", suggested: "S", reason: "late and messy" }, FACILITATOR);
    const card = score(timeline, { objectives: [] });
    expect(card.objectives.map(({ id, name, derived, suggested, rating }) => ({ id, name, derived, suggested, rating }))).toEqual([
      { id: "acknowledged-within-5", name: "Acknowledged within 5 min", derived: true, suggested: "P", rating: "P" },
      { id: "mitigated-within-30", name: "Mitigated within 30 min", derived: true, suggested: "S", rating: "M" },
    ]);
    expect(card.objectives[1]?.criteria).toEqual([card.criteria[1]]);
    expect(card.objectives[1]?.milestones).toEqual([{ milestone: "mitigated", label: "Mitigated", reachedOffsetMs: min(40) }]);
  });

  it("keeps derived ids apart when two criteria are the same", () => {
    const card = score(drillReaching({}), {
      objectives: [],
      successCriteria: [
        { milestone: "mitigated", withinMinutes: 30 },
        { milestone: "mitigated", withinMinutes: 30 },
      ],
    });
    expect(card.objectives.map((entry) => entry.id)).toEqual(["mitigated-within-30", "mitigated-within-30-2"]);
  });

  it("has no objectives when there are no criteria either", () => {
    expect(score(drillReaching({}), { objectives: [], successCriteria: [] }).objectives).toEqual([]);
  });
});
