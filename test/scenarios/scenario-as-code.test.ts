import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { prisma } from "../../lib/db/client";
import { ValidationError } from "../../lib/errors";
import { createScenario } from "../../lib/scenarios/create";
import { DOCUMENT_FORMATS, serializeScenario } from "../../lib/scenarios/document";
import { exportScenario } from "../../lib/scenarios/export-scenario";
import { getScenario } from "../../lib/scenarios/get";
import { importScenario } from "../../lib/scenarios/import-scenario";
import { scenarioDefinitionSchema } from "../../lib/scenarios/schemas";
import { referenceScenarios } from "../../lib/scenarios/seed-data/index";
import { createTestScenario, makeScenarioDefinition, marker, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();

async function problemsOfImport(content: string, format?: "yaml" | "json") {
  const error = await rejectionOf(importScenario({ ctx, input: { content, format } }));
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems;
}

describe("scenario export and import", () => {
  it.each(DOCUMENT_FORMATS)("round-trips every reference scenario through %s without loss", async (format) => {
    for (const reference of referenceScenarios) {
      const original = await createScenario({ ctx, input: { definition: reference } });
      const file = await exportScenario({ ctx, input: { id: original.id, format } });
      expect(file.content).not.toContain(original.id);
      expect(file.content).not.toContain(original.revisionId);

      const imported = await importScenario({ ctx, input: { content: file.content } }); // format detected from the text
      expect(imported.id).not.toBe(original.id);
      expect(imported.definition).toEqual(original.definition);
      expect((await getScenario({ ctx, input: { id: imported.id } })).definition).toEqual(scenarioDefinitionSchema.parse(reference));
      // Byte-stable too, so a scenario kept in git does not churn when exported again.
      expect((await exportScenario({ ctx, input: { id: imported.id, format } })).content).toBe(file.content);
    }
  });

  it("writes the document in the schema's key order, starting with the schema version", async () => {
    const { scenario } = await createTestScenario();
    const yaml = (await exportScenario({ ctx, input: { id: scenario.id } })).content;
    expect(yaml.startsWith("schemaVersion: 2\ntitle: ")).toBe(true);
    expect(Object.keys(parseYaml(yaml))).toEqual(Object.keys(scenarioDefinitionSchema.shape));
    const json = (await exportScenario({ ctx, input: { id: scenario.id, format: "json" } })).content;
    expect(Object.keys(JSON.parse(json))).toEqual(Object.keys(scenarioDefinitionSchema.shape));
  });

  it("names the file after the title and points editors at the JSON Schema when asked", async () => {
    const { scenario } = await createTestScenario({ title: "Orders DB: failover stalls (v2)" });
    const schemaUrl = "http://drillroom.test/api/scenarios/schema";
    const yaml = await exportScenario({ ctx, input: { id: scenario.id, schemaUrl } });
    expect(yaml).toMatchObject({ filename: "orders-db-failover-stalls-v2.yaml", contentType: "application/yaml" });
    expect(yaml.content.split("\n")[0]).toBe(`# yaml-language-server: $schema=${schemaUrl}`);
    const json = await exportScenario({ ctx, input: { id: scenario.id, format: "json", schemaUrl } });
    expect(JSON.parse(json.content).$schema).toBe(schemaUrl);
    for (const content of [yaml.content, json.content])
      expect((await importScenario({ ctx, input: { content } })).definition).toEqual(scenario.definition);
  });

  it("keeps a protected environment protected through export and import", async () => {
    const { scenario } = await createTestScenario({ environment: { name: "production", protected: true } });
    const { content } = await exportScenario({ ctx, input: { id: scenario.id } });
    expect(content).toContain("environment:\n  name: production\n  protected: true\n");
    expect((await importScenario({ ctx, input: { content } })).definition.environment).toEqual({ name: "production", protected: true });
  });

  it("reports every problem in the document with its path and line, and creates nothing", async () => {
    const title = marker("Broken import");
    const content = [
      `title: ${title}`, // 1
      "summary: Checkout slows down.",
      "components: [checkout-api]",
      "timeBoxMinutes: 30",
      "rootCause: Pool exhausted.", // 5
      "injections:",
      "  - id: inj-1",
      "    name: Add latency",
      "    action:",
      "      kind: webhook", // 10
      "      body: '{\"drill\": \"{{drill.nope}}\"}'",
      "    rollback: { kind: manual, instructions: Remove the toxic. }",
      "alerts:",
      "  - { id: a-1, offsetMinutes: 5, source: grafana, severity: sev1, title: p99 high }",
      "  - id: a-2", // 15
      "    offsetMinutes: 45",
      "    source: pagerduty",
      "    severity: critical",
      "    title: 5xx high",
      "hints:", // 20
      "  - { id: h-1, text: Look at the pool., release: at_offset }",
      "modelAnswer: [Raise the pool.]",
    ].join("\n");
    const problems = await problemsOfImport(content);
    expect(problems.map(({ path, line }) => `${path} @${line}`)).toEqual([
      "injections[0].action.url @10", // missing: the closest place, the action it belongs in
      "alerts[0].severity @14",
      "alerts[1].offsetMinutes @16",
      "hints[0].offsetMinutes @21",
      "injections[0].action.body @11",
    ]);
    expect(problems[2]?.message).toBe("must be within the time box (30 min)");
    expect(problems[4]?.message).toMatch(/^unknown template variable \{\{drill\.nope\}\}/);
    expect(await prisma().scenario.count({ where: { title } })).toBe(0);
  });

  it("locates problems in a JSON document too", async () => {
    const definition = makeScenarioDefinition({ timeBoxMinutes: 5 });
    const content = JSON.stringify(definition, null, 2);
    const problems = await problemsOfImport(content, "json");
    const line = content.split("\n").findIndex((text) => text.includes('"offsetMinutes": 9')) + 1;
    expect(problems).toContainEqual({ path: "alerts[2].offsetMinutes", message: "must be within the time box (5 min)", line, column: expect.any(Number) });
  });

  it("reports a YAML syntax error with its line and column", async () => {
    const problems = await problemsOfImport("title: Fine\nsummary: this: breaks\ncomponents: [a]\n");
    expect(problems).toEqual([{ path: "(document)", line: 2, column: 10, message: "line 2, column 10: Nested mappings are not allowed in compact mappings" }]);
  });

  it("reports a JSON syntax error with its line", async () => {
    const problems = await problemsOfImport('{\n  "title": "x",\n  "summary" "y"\n}', "json");
    // V8 words the message itself; the position is ours.
    expect(problems).toEqual([{ path: "(document)", line: 3, column: 13, message: expect.stringMatching(/^line 3, column 13: \S/) }]);
  });

  it("says so when the document is empty or not a mapping", async () => {
    expect(await problemsOfImport("  \n")).toEqual([{ path: "(document)", message: "is empty" }]);
    expect(await problemsOfImport("- just\n- a list\n")).toEqual([{ path: "(root)", message: "Invalid input: expected object, received array", line: 1, column: 1 }]);
  });

  it("imports a version 1 document, upgrading it", async () => {
    const title = marker("Legacy");
    const content = `title: ${title}\nsummary: Old format.\ncomponents: [api]\ntimeBoxMinutes: 20\nrootCause: Old.\ninjections:\n  - id: inj-1\n    name: Break it\n    instructions: Do the thing.\nmodelAnswer: |-\n  1. Undo the thing.\n  2. Check it worked.\n`;
    const imported = await importScenario({ ctx, input: { content } });
    expect(imported.definition.schemaVersion).toBe(2);
    expect(imported.definition.injections[0]?.action).toEqual({ kind: "manual", instructions: "Do the thing." });
    expect(imported.definition.modelAnswer).toEqual(["Undo the thing.", "Check it worked."]);
  });

  it("imports as a copy: a new scenario titled '(copy)', the original untouched", async () => {
    const { scenario } = await createTestScenario();
    const { content } = await exportScenario({ ctx, input: { id: scenario.id } });
    const copy = await importScenario({ ctx, input: { content, mode: "copy" } });
    expect(copy.id).not.toBe(scenario.id);
    expect(copy.revision).toBe(1);
    expect(copy.definition).toEqual({ ...scenario.definition, title: `${scenario.definition.title} (copy)` });
    expect(await getScenario({ ctx, input: { id: scenario.id } })).toEqual(scenario);
  });

  it("imports into an existing scenario as a new revision, and an invalid document changes nothing", async () => {
    const { scenario, definition } = await createTestScenario();
    const changed = serializeScenario({ ...scenario.definition, summary: "Edited in git." }, "yaml");
    const updated = await importScenario({ ctx, input: { content: changed, mode: "update", id: scenario.id } });
    expect(updated).toMatchObject({ id: scenario.id, revision: 2 });
    expect(updated.definition.summary).toBe("Edited in git.");

    const broken = serializeScenario({ ...definition, timeBoxMinutes: 2 }, "yaml");
    expect(await rejectionOf(importScenario({ ctx, input: { content: broken, mode: "update", id: scenario.id } }))).toBeInstanceOf(ValidationError);
    expect((await getScenario({ ctx, input: { id: scenario.id } })).revision).toBe(2);
    const missingId = await rejectionOf(importScenario({ ctx, input: { content: changed, mode: "update" } }));
    expect((missingId as ValidationError).problems).toEqual([{ path: "id", message: "is required to update a scenario" }]);
  });
});
