import type { Db } from "../../db/client";
import type { Tx } from "../../context/transaction";
import type { Prisma } from "../../db/generated/client";
import { audiencesOf, type AudienceKey } from "../../drill-model/hot-wash";
import { ValidationError, type FieldProblem } from "../../errors";
import { readDefinition } from "../../scenarios/upgrade";

/** What an item hangs off: one drill, or a game day and its drills. */
export interface ItemTarget {
  drillId: string | null;
  exerciseId: string | null;
  /** The drills whose roster teams and retrospective items the item may name. */
  drillIds: string[];
  audiences: AudienceKey[];
}

/** The drill or exercise named in a create, with what it offers; a 422 on the field when it does not exist. */
export async function targetOf(db: Db, at: { drillId?: string | null; exerciseId?: string | null }): Promise<ItemTarget> {
  if (at.drillId) {
    const drill = await db.drill.findUnique({ where: { id: at.drillId }, select: { id: true, roster: { select: { team: true } } } });
    if (!drill) throw new ValidationError([{ path: "drillId", message: `is not a drill (${at.drillId})` }]);
    return { drillId: drill.id, exerciseId: null, drillIds: [drill.id], audiences: audiencesOf(drill.roster.map((person) => person.team)) };
  }
  const exercise = at.exerciseId ? await db.exercise.findUnique({ where: { id: at.exerciseId }, select: { id: true, drills: { select: { id: true, roster: { select: { team: true } } } } } }) : null;
  if (!exercise) throw new ValidationError([{ path: "exerciseId", message: `is not an exercise (${at.exerciseId ?? ""})` }]);
  return {
    drillId: null,
    exerciseId: exercise.id,
    drillIds: exercise.drills.map((drill) => drill.id),
    audiences: audiencesOf(exercise.drills.flatMap((drill) => drill.roster.map((person) => person.team))),
  };
}

/** An existing item's target; an exercise item whose game day was deleted offers only the audiences every drill has. */
export async function targetOfItem(db: Db, item: { drillId: string | null; exerciseId: string | null }): Promise<ItemTarget> {
  if (item.drillId || item.exerciseId) return targetOf(db, item);
  return { drillId: null, exerciseId: null, drillIds: [], audiences: audiencesOf([]) };
}

export interface References {
  audience?: string;
  retroItemId?: string | null;
  verifyScenarioId?: string | null;
  verifyMilestone?: string | null;
}

/** The milestones that have a success criterion in the scenario's current revision; null when there is no such scenario. */
export async function criterionMilestones(db: Db, scenarioId: string): Promise<string[] | null> {
  const scenario = await db.scenario.findUnique({ where: { id: scenarioId }, select: { currentRevision: true } });
  if (!scenario) return null;
  const revision = await db.scenarioRevision.findUnique({ where: { scenarioId_number: { scenarioId, number: scenario.currentRevision } }, select: { definition: true } });
  return revision ? readDefinition(revision.definition).successCriteria.map((criterion) => criterion.milestone) : [];
}

/** Every field that names something checked against the target, all problems at once (nothing is saved on any). */
export async function checkReferences(db: Db, target: ItemTarget, refs: References): Promise<void> {
  const problems: FieldProblem[] = [];
  if (refs.audience !== undefined && !target.audiences.includes(refs.audience as AudienceKey))
    problems.push({ path: "audience", message: `is not an audience of this ${target.drillId ? "drill" : "exercise"}: one of ${target.audiences.join(", ")}` });
  if (refs.retroItemId) {
    const retro = await db.retroItem.findUnique({ where: { id: refs.retroItemId }, select: { drillId: true } });
    if (!retro || !target.drillIds.includes(retro.drillId))
      problems.push({ path: "retroItemId", message: `is not a retrospective item of this ${target.drillId ? "drill" : "exercise's drills"}` });
  }
  if (refs.verifyScenarioId) {
    const milestones = await criterionMilestones(db, refs.verifyScenarioId);
    if (milestones === null) problems.push({ path: "verifyScenarioId", message: `is not a scenario (${refs.verifyScenarioId})` });
    else if (refs.verifyMilestone && !milestones.includes(refs.verifyMilestone))
      problems.push({ path: "verifyMilestone", message: `has no success criterion in the scenario's current revision (it has: ${milestones.join(", ") || "none"})` });
  } else if (refs.verifyMilestone) {
    problems.push({ path: "verifyScenarioId", message: "is required with verifyMilestone: the scenario whose criterion it names" });
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

/** The item's row lock, so two changes to one item (two confirms, an edit and a dismissal) apply one after the other. */
export async function lockItem(tx: Tx, itemId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "ActionItem" WHERE "id" = ${itemId} FOR UPDATE`;
}

export type ChangeKind = "created" | "updated" | "proposed" | "verified" | "dismissed";

/** One row of the item's append-only history, in the transaction of the change it records. */
export async function recordChange(tx: Tx, change: { itemId: string; actorName: string; kind: ChangeKind; detail: Prisma.InputJsonValue; at: Date }): Promise<void> {
  await tx.actionItemChange.create({ data: change });
}
