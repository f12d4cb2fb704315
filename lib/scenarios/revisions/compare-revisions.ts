import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import { diffRevisions, type RevisionChange } from "../diff-revisions";
import { scenarioDefinitionSchema } from "../schemas";
import { getRevision } from "./get-revision";

export interface RevisionComparison {
  scenarioId: string;
  from: { number: number; createdAt: string; title: string };
  to: { number: number; createdAt: string; title: string };
  changes: RevisionChange[];
}

/** What changed from one revision to another (either direction), field by field. */
export async function compareRevisions({ ctx, input }: { ctx: Ctx; input: { scenarioId: string; from: number; to: number } }): Promise<RevisionComparison> {
  authorize(ctx, "scenario.read");
  const [from, to] = await Promise.all([
    getRevision({ ctx, input: { scenarioId: input.scenarioId, number: input.from } }),
    getRevision({ ctx, input: { scenarioId: input.scenarioId, number: input.to } }),
  ]);
  const head = (revision: typeof from) => ({ number: revision.number, createdAt: revision.createdAt, title: revision.definition.title });
  return { scenarioId: input.scenarioId, from: head(from), to: head(to), changes: diffRevisions(inSchemaOrder(from.definition), inSchemaOrder(to.definition)) };
}

/**
 * Postgres stores JSON objects with their keys sorted by length, so changes would list in an odd
 * order. Parsing again (idempotent for a saved document) puts every field back in the editor's order.
 */
function inSchemaOrder(definition: unknown): unknown {
  const parsed = scenarioDefinitionSchema.safeParse(definition);
  return parsed.success ? parsed.data : definition;
}
