import { describe, expect, it } from "vitest";
import { joinChannel } from "../../lib/channel/join-channel";
import { postMessage } from "../../lib/channel/post-message";
import { anonymousActor } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { endDrill } from "../../lib/drills/end";
import { assignDrillToExercise } from "../../lib/exercises/assign-drill";
import { createExercise } from "../../lib/exercises/create";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { getExerciseReport, renderExerciseReport } from "../../lib/review/exercise-report";
import { getReport, renderReport } from "../../lib/review/get-report";
import { canonicalJson, sha256 } from "../../lib/review/report/canonical";
import type { DrillReport } from "../../lib/review/report/types";
import { answerSurveyInChannel } from "../../lib/survey/answer-in-channel";
import { createRunningDrill, marker, staffCtx } from "../factories";

const ctx = staffCtx();
const guest = { actor: anonymousActor };

/** A drill in review with three answers (one anonymous), a kept item and a draft for two audiences, and two action items. */
async function drillWithHotWash() {
  const running = await createRunningDrill({ successCriteria: [{ milestone: "acknowledged", withinMinutes: 10 }] });
  const { drillId, channelToken, scenario } = running;
  const secrets: string[] = [];
  for (const name of ["Mina", "Joon", "Dana"]) secrets.push((await joinChannel({ ctx: guest, input: { token: channelToken, data: { displayName: name } } })).secret!);
  const message = await postMessage({ ctx: guest, input: { token: channelToken, secret: secrets[0], data: { text: "paging the DBA team" } } });
  await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated" } } });
  await beginReview({ ctx, input: { drillId } });
  const scores = [4, 5, 4];
  for (const [index, secret] of secrets.entries())
    await answerSurveyInChannel({
      ctx: guest,
      input: { token: channelToken, secret, data: { anonymous: index === 2, answers: { difficulty: { score: scores[index]!, text: `why ${index}` }, usefulness: { score: 5 }, enjoyment: { score: 3 } } } },
    });
  const strength = marker("kept strength");
  const kept = await prisma().retroItem.create({ data: { drillId, category: "strength", audience: "everyone", text: strength, evidenceSeqs: [message.id], noteSeqs: [], position: 0, createdBy: "Observer Oz" } });
  await prisma().retroItem.create({ data: { drillId, category: "improvement", audience: "facilitators", text: "a draft nobody kept", evidenceSeqs: [], noteSeqs: [1], draft: true, position: 1, createdBy: "Observer Oz" } });
  await prisma().retroItem.create({ data: { drillId, category: "improvement", audience: "team:database", text: "pool changes need review", evidenceSeqs: [], noteSeqs: [], position: 2, createdBy: "Observer Oz" } });
  await prisma().actionItem.create({
    data: { drillId, retroItemId: kept.id, title: "Keep paging early", owner: "Mina", dueDate: new Date("2027-01-15"), category: "training", verifyScenarioId: scenario.id, verifyMilestone: "acknowledged", createdBy: "Facilitator Fay" },
  });
  await prisma().actionItem.create({ data: { drillId, title: "Review pool changes", owner: "Dana", priority: "high", category: "organisation", audience: "team:database", createdBy: "Facilitator Fay" } });
  return { ...running, strength, messageSeq: message.id };
}

describe("the hot wash in the report", () => {
  it("closes into a snapshot whose JSON has the survey, the retrospective and the plan, and whose hash still matches", async () => {
    const { drillId, strength, messageSeq, scenario, definition } = await drillWithHotWash();
    const { contentHash } = await closeDrill({ ctx, input: { drillId } });
    const snapshot = await prisma().reportSnapshot.findFirstOrThrow({ where: { drillId } });
    expect(sha256(canonicalJson(snapshot.content))).toBe(contentHash);
    const json = (await renderReport({ ctx, input: { drillId, format: "json" } })).body as string;
    expect(sha256(json)).toBe(contentHash);

    const { sections } = JSON.parse(json) as DrillReport;
    expect(sections.survey).toMatchObject({ answers: 3, anonymous: 1, named: 2 });
    const difficulty = sections.survey!.questions.find((question) => question.id === "difficulty")!;
    expect(difficulty).toMatchObject({ shown: true, distribution: [0, 0, 0, 2, 1], average: 4.33 });
    expect(difficulty.comments).toEqual([
      { text: "why 1", by: "Joon", score: 5 },
      { text: "why 0", by: "Mina", score: 4 },
      { text: "why 2", by: null, score: null },
    ]);
    expect(sections.retro!.draftsLeftOut).toBe(1);
    expect(sections.retro!.items.map((item) => [item.audienceLabel, item.category, item.text])).toEqual([
      ["Everyone", "strength", strength],
      ["database", "improvement", "pool changes need review"],
    ]);
    expect(sections.retro!.items[0]!.evidence).toEqual([expect.objectContaining({ seq: messageSeq, actor: "Mina", text: "paging the DBA team" })]);
    expect(sections.plan!.items.map((item) => [item.title, item.audienceLabel, item.dueDate, item.fromRetro])).toEqual([
      ["Keep paging early", "Everyone", "2027-01-15", strength],
      ["Review pool changes", "database", null, null],
    ]);
    expect(sections.plan!.items[0]!.verify).toEqual({ scenarioId: scenario.id, scenarioTitle: definition.title, milestone: "acknowledged", milestoneLabel: "Acknowledged" });

    const markdown = (await renderReport({ ctx, input: { drillId, format: "markdown" } })).body as string;
    expect(markdown).toContain("## Retrospective: database");
    expect(markdown).toContain("3 answers, 1 of them anonymous.");
  });

  it("gives a new report all three sections even when nothing was answered or written", async () => {
    const { drillId } = await createRunningDrill();
    await endDrill({ ctx, input: { drillId, data: { outcome: "failed" } } });
    const { sections } = await getReport({ ctx, input: { drillId } });
    expect(Object.keys(sections).sort()).toEqual(["plan", "retro", "survey"]);
    expect(sections.survey!.answers).toBe(0);
    expect(sections.retro).toEqual({ items: [], draftsLeftOut: 0 });
    expect(sections.plan).toEqual({ items: [] });
  });

  it("rolls each drill's survey averages into its exercise's report, with the exercise's own action items as its plan", async () => {
    const { drillId } = await drillWithHotWash();
    const exercise = await createExercise({ ctx, input: { data: { name: marker("game day"), date: "2026-12-05" } } });
    await assignDrillToExercise({ ctx, input: { drillId, data: { exerciseId: exercise.id } } });
    await prisma().actionItem.create({ data: { exerciseId: exercise.id, title: "Run a game day every quarter", owner: "Facilitator Fay", category: "exercise", audience: "facilitators", createdBy: "Facilitator Fay" } });
    const report = await getExerciseReport({ ctx, input: { id: exercise.id } });
    expect(report.drills[0]!.survey).toEqual({ answers: 3, difficulty: 4.33, usefulness: 5, enjoyment: 3 });
    expect(report.plan.items.map((item) => [item.title, item.audienceLabel])).toEqual([["Run a game day every quarter", "Facilitating team (SRE)"]]);
    const markdown = (await renderExerciseReport({ ctx, input: { id: exercise.id, format: "markdown" } })).body as string;
    expect(markdown).toContain("Run a game day every quarter");
    expect(markdown).toContain("4.3 / 5.0 / 3.0 (3)");
  });
});
