import { describe, expect, it } from "vitest";
import { callerAs } from "../auth";
import { GET as exportRoute } from "../../app/api/scenarios/[id]/export/route";
import { POST as importRoute } from "../../app/api/scenarios/import/route";
import { GET as schemaRoute } from "../../app/api/scenarios/schema/route";
import { renderScenarioJsonSchema } from "../../lib/scenarios/json-schema";
import { createTestScenario, makeScenarioDefinition, marker } from "../factories";
import { serializeScenario } from "../../lib/scenarios/document";

const facilitatorCaller = callerAs("facilitator");

const noParams = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (body: unknown) => new Request("http://drillroom.test/api/scenarios/import", { headers: facilitatorCaller.headers(), method: "POST", body: JSON.stringify(body) });

describe("scenario-as-code routes", () => {
  it("GET /api/scenarios/schema serves the committed JSON Schema", async () => {
    const response = await schemaRoute(new Request("http://drillroom.test/api/scenarios/schema", { headers: facilitatorCaller.headers() }), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/schema+json; charset=utf-8");
    expect(await response.text()).toBe(renderScenarioJsonSchema());
  });

  it("GET /api/scenarios/:id/export answers an attachment in YAML or JSON", async () => {
    const { scenario } = await createTestScenario({ title: marker("Route export") });
    const yaml = await exportRoute(new Request(`http://drillroom.test/api/scenarios/${scenario.id}/export`, { headers: facilitatorCaller.headers() }), withId(scenario.id));
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get("content-type")).toBe("application/yaml; charset=utf-8");
    expect(yaml.headers.get("content-disposition")).toMatch(/^attachment; filename="route-export-[0-9a-f]{8}\.yaml"$/);
    expect((await yaml.text()).split("\n")[0]).toBe("# yaml-language-server: $schema=http://drillroom.test/api/scenarios/schema");

    const json = await exportRoute(new Request(`http://drillroom.test/api/scenarios/${scenario.id}/export?format=json`, { headers: facilitatorCaller.headers() }), withId(scenario.id));
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.headers.get("content-disposition")).toMatch(/\.json"$/);
    expect((await json.json()).title).toBe(scenario.definition.title);
  });

  it("GET export refuses an unknown format and an unknown scenario", async () => {
    const { scenario } = await createTestScenario();
    const bad = await exportRoute(new Request(`http://drillroom.test/api/scenarios/${scenario.id}/export?format=xml`, { headers: facilitatorCaller.headers() }), withId(scenario.id));
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([{ path: "format", message: "must be yaml or json" }]);
    expect((await exportRoute(new Request("http://drillroom.test/api/scenarios/nope/export", { headers: facilitatorCaller.headers() }), withId("nope"))).status).toBe(404);
  });

  it("POST /api/scenarios/import answers 201 with the new scenario, as a copy when asked", async () => {
    const definition = makeScenarioDefinition();
    const created = await importRoute(post({ content: serializeScenario(definition, "yaml") }), noParams);
    expect(created.status).toBe(201);
    expect((await created.json()).definition.title).toBe(definition.title);
    const copy = await importRoute(post({ format: "json", content: serializeScenario(definition, "json"), mode: "copy" }), noParams);
    expect(copy.status).toBe(201);
    expect((await copy.json()).definition.title).toBe(`${definition.title} (copy)`);
  });

  it("POST import answers 422 with every problem, its path and line", async () => {
    const definition = makeScenarioDefinition({ timeBoxMinutes: 5, components: [] });
    const response = await importRoute(post({ content: serializeScenario(definition, "yaml") }), noParams);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem.title).toBe("The scenario document has 3 problems");
    expect(problem.errors.map((error: { path: string }) => error.path)).toEqual(["components", "alerts[2].offsetMinutes", "hints[0].offsetMinutes"]);
    expect(problem.errors[1].line).toBeGreaterThan(1);

    const badBody = await importRoute(post({ content: 42, mode: "update" }), noParams);
    expect((await badBody.json()).errors.map((error: { path: string }) => error.path)).toEqual(["content", "mode"]);
  });
});
