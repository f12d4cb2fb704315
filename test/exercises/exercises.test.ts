import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { endDrill } from "../../lib/drills/end";
import { assignDrillToExercise } from "../../lib/exercises/assign-drill";
import { createExercise } from "../../lib/exercises/create";
import { deleteExercise } from "../../lib/exercises/delete";
import { getExercise } from "../../lib/exercises/list";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { getExerciseReport } from "../../lib/review/exercise-report";
import { createPlannedDrill, createRunningDrill, observer, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();
const CRITERIA = { successCriteria: [{ milestone: "mitigated" as const, withinMinutes: 30 }] };

describe("exercises (game days)", () => {
  it("roll up their drills' scorecards: a closed one frozen, an ended one as a draft, a planned one listed without scores", async () => {
    const exercise = await createExercise({ ctx, input: { data: { name: "December game day", date: "2026-12-05" } } });
    const closed = await createRunningDrill(CRITERIA);
    await endDrill({ ctx, input: { drillId: closed.drillId, data: { outcome: "mitigated" } } });
    await beginReview({ ctx, input: { drillId: closed.drillId } });
    await closeDrill({ ctx, input: { drillId: closed.drillId } });
    const failed = await createRunningDrill(CRITERIA);
    await endDrill({ ctx, input: { drillId: failed.drillId, data: { outcome: "failed" } } });
    const planned = await createPlannedDrill();
    for (const drill of [closed, failed, planned]) await assignDrillToExercise({ ctx, input: { drillId: drill.drillId, data: { exerciseId: exercise.id } } });

    const report = await getExerciseReport({ ctx: { actor: observer }, input: { id: exercise.id } });
    expect(report.exercise).toMatchObject({ name: "December game day", date: "2026-12-05" });
    expect(report.reports.map((drill) => [drill.drill.id, drill.final])).toEqual(
      expect.arrayContaining([
        [closed.drillId, true],
        [failed.drillId, false],
      ]),
    );
    expect(report.totals).toMatchObject({ drills: 3, byOutcome: { mitigated: 1, failed: 1, "not ended": 1 }, criteriaTotal: 2, criteriaMet: 0 });
    expect(report.drills.find((drill) => drill.id === planned.drillId)).toMatchObject({ status: "planned", criteriaTotal: 0 });
    // The derived objective per criterion is rated in the rollup.
    expect(report.drills.find((drill) => drill.id === failed.drillId)!.ratings).toEqual([expect.objectContaining({ rating: "U" })]);
  });

  it("refuse a date that is not a real day, and an unknown exercise for a drill; only facilitators change them", async () => {
    expect(await rejectionOf(createExercise({ ctx, input: { data: { name: "Bad", date: "2026-02-30" } } }))).toMatchObject({ status: 422, problems: [{ path: "date" }] });
    expect(await rejectionOf(createExercise({ ctx, input: { data: { name: "\u0000", date: "2026-02-01" } } }))).toMatchObject({ status: 422 });
    expect(await rejectionOf(createExercise({ ctx: { actor: observer }, input: { data: { name: "Mine", date: "2026-02-01" } } }))).toMatchObject({ status: 403 });
    const { drillId } = await createPlannedDrill();
    expect(await rejectionOf(assignDrillToExercise({ ctx, input: { drillId, data: { exerciseId: "nope" } } }))).toMatchObject({ status: 422, problems: [{ path: "exerciseId" }] });
  });

  it("deleting one keeps its drills, ungrouped, and leaves an audit entry", async () => {
    const exercise = await createExercise({ ctx, input: { data: { name: "To delete", date: "2026-11-01" } } });
    const { drillId } = await createPlannedDrill();
    await assignDrillToExercise({ ctx, input: { drillId, data: { exerciseId: exercise.id } } });
    expect((await getExercise({ ctx, input: { id: exercise.id } })).drills.map((drill) => drill.id)).toEqual([drillId]);
    await deleteExercise({ ctx, input: { id: exercise.id } });
    expect(await prisma().drill.findUniqueOrThrow({ where: { id: drillId }, select: { exerciseId: true } })).toEqual({ exerciseId: null });
    expect(await prisma().auditEntry.count({ where: { action: "exercise.deleted", targetId: exercise.id } })).toBe(1);
    expect(await rejectionOf(getExercise({ ctx, input: { id: exercise.id } }))).toMatchObject({ status: 404 });
  });
});
