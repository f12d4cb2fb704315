import { z } from "zod";
import { scenarioDefinitionSchema, SCHEMA_VERSION } from "./schemas";

export const SCENARIO_SCHEMA_ID = `urn:drillroom:scenario:v${SCHEMA_VERSION}`;
/** Committed next to the code for editors and CI; `npm run schema:scenario` regenerates it. */
export const SCENARIO_SCHEMA_FILE = "docs/scenario.schema.json";

/**
 * The published JSON Schema of a scenario document, generated from the zod schema (as input, so fields with
 * defaults are optional). Checks across fields (offsets within the time box, unique ids, known template
 * variables) cannot be expressed in it: importing reports those.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(scenarioDefinitionSchema, { io: "input", target: "draft-2020-12" });
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: "drillroom scenario",
    description: `An incident-drill scenario (schema version ${SCHEMA_VERSION}): what breaks, how to inject it and roll it back, the signals, scripted alerts and hints, the model answer and success criteria. Import with \`npm run scenarios -- import <dir>\` or POST /api/scenarios/import.`,
    ...generated,
  };
}

/** The file's exact text, so a test can tell when the committed copy is stale. */
export function renderScenarioJsonSchema(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
