// Regenerates docs/scenario.schema.json from the zod schema: `npm run schema:scenario`.
import { writeFile } from "node:fs/promises";
import { renderScenarioJsonSchema, SCENARIO_SCHEMA_FILE } from "../lib/scenarios/json-schema";

await writeFile(SCENARIO_SCHEMA_FILE, renderScenarioJsonSchema(), "utf8");
console.log(`wrote ${SCENARIO_SCHEMA_FILE}`);
