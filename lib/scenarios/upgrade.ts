import { DEFAULT_PUBLIC_TITLE, SCHEMA_VERSION, scenarioDefinitionSchema, type ScenarioDefinition } from "./schemas";

type Loose = Record<string, unknown>;

const UNDO_V1 = "Undo the injection as described in its instructions.";

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Brings a stored or imported document up to the current schema version. Version 1 (the walking
 * skeleton) had plain-text injection instructions, no rollbacks, hints without release rules and the
 * model answer as one text; nothing is dropped on the way.
 */
export function upgradeDefinition(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const doc = raw as Loose;
  if (doc.schemaVersion === SCHEMA_VERSION) return doc;
  if (doc.schemaVersion !== undefined && doc.schemaVersion !== 1) return doc; // unknown future version: let validation say so
  return {
    ...doc,
    schemaVersion: SCHEMA_VERSION,
    // Entries that are not objects (`[null]`, YAML `- 7`) stay as they are, for validation to name them.
    injections: Array.isArray(doc.injections)
      ? doc.injections.map((step: unknown) =>
          !isObject(step) || "action" in step
            ? step
            : { id: step.id, name: step.name, action: { kind: "manual", instructions: step.instructions }, rollback: { kind: "manual", instructions: UNDO_V1 } },
        )
      : doc.injections,
    hints: Array.isArray(doc.hints) ? doc.hints.map((hint: unknown) => (isObject(hint) ? { release: "manual", ...hint } : hint)) : doc.hints,
    modelAnswer: typeof doc.modelAnswer === "string" ? splitSteps(doc.modelAnswer) : doc.modelAnswer,
  };
}

/** "1. Do this.\n2. Then that." → ["Do this.", "Then that."]; unnumbered text stays one step. */
function splitSteps(text: string): string[] {
  const steps = text
    .split(/\n+(?=\s*\d+[.)]\s)/)
    .map((step) => step.replace(/^\s*\d+[.)]\s*/, "").trim())
    .filter(Boolean);
  return steps.length ? steps : [text];
}

/**
 * Documents read back from the database were valid when written. Upgrading and re-parsing keeps old
 * ones readable with today's defaults; one that no longer parses is returned as stored rather than lost.
 */
export function readDefinition(stored: unknown): ScenarioDefinition {
  const upgraded = upgradeDefinition(stored);
  const parsed = scenarioDefinitionSchema.safeParse(upgraded);
  // Whatever else fails, participants must never be shown the scenario's title in place of a missing public one.
  if (parsed.success) return parsed.data;
  const kept = typeof upgraded === "object" && upgraded !== null ? { publicTitle: DEFAULT_PUBLIC_TITLE, ...upgraded } : upgraded;
  return kept as ScenarioDefinition;
}
