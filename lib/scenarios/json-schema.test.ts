import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { renderScenarioJsonSchema, SCENARIO_SCHEMA_FILE, scenarioJsonSchema } from "./json-schema";
import { scenarioDefinitionSchema } from "./schemas";

describe("the published JSON Schema", () => {
  it("is committed up to date (run `npm run schema:scenario` after changing lib/scenarios/schemas.ts)", async () => {
    const committed = await readFile(SCENARIO_SCHEMA_FILE, "utf8");
    expect(committed, `${SCENARIO_SCHEMA_FILE} is stale: run npm run schema:scenario`).toBe(renderScenarioJsonSchema());
  });

  it("describes the document as an author writes it: defaults optional, every field of the model present", () => {
    const schema = scenarioJsonSchema() as { $id: string; title: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$id).toBe("urn:drillroom:scenario:v2");
    expect(schema.title).toBe("drillroom scenario");
    expect(Object.keys(schema.properties)).toEqual(Object.keys(scenarioDefinitionSchema.shape));
    expect(schema.required).toEqual(["title", "summary", "components", "timeBoxMinutes", "rootCause", "injections", "modelAnswer"]);
  });
});
