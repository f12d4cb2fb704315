import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { archiveScenario } from "../../lib/scenarios/archive";
import { serializeScenario } from "../../lib/scenarios/document";
import { exportScenarioDirectory } from "../../lib/scenarios/export-directory";
import { getScenario } from "../../lib/scenarios/get";
import { formatImportReport, importScenarioDirectory } from "../../lib/scenarios/import-directory";
import { parseScenarioDocument } from "../../lib/scenarios/document";
import { slugify } from "../../lib/scenarios/slug";
import { createTestScenario, makeScenarioDefinition, marker, staffCtx } from "../factories";

const ctx = staffCtx({ type: "system", name: "scenarios CLI" });
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "drillroom-scenarios-"));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A YAML file with two problems the schema finds and one it finds across fields. */
function brokenYaml(title: string): string {
  const definition = makeScenarioDefinition({ title, timeBoxMinutes: 30 });
  definition.alerts![1] = { ...definition.alerts![1]!, offsetMinutes: 31 };
  return serializeScenario(definition, "yaml").replace("severity: warning", "severity: sev1").replace(/summary: .*\n/, "");
}

describe("scenarios CLI: export <dir>", () => {
  it("writes one <slug>.yaml per non-archived scenario, each a document that imports back", async () => {
    const dir = await tempDir();
    const { scenario: active } = await createTestScenario({ title: marker("Export me") });
    const { scenario: archived } = await createTestScenario({ title: marker("Archived one") });
    await archiveScenario({ ctx, input: { id: archived.id, data: { archived: true } } });

    const { files } = await exportScenarioDirectory({ ctx, input: { dir } });
    const names = await readdir(dir);
    expect(names.sort()).toEqual(files.map((file) => file.file).sort());
    expect(names.every((name) => name.endsWith(".yaml"))).toBe(true);

    const mine = files.find((file) => file.scenarioId === active.id);
    expect(mine?.file).toBe(`${slugify(active.definition.title)}.yaml`);
    expect(parseScenarioDocument(await readFile(path.join(dir, mine!.file), "utf8"))).toEqual(active.definition);
    expect(files.some((file) => file.scenarioId === archived.id)).toBe(false);
  });

  it("gives titles that share a slug their own files", async () => {
    const dir = await tempDir();
    const base = marker("Same slug");
    const { scenario: first } = await createTestScenario({ title: `${base}: db` });
    const { scenario: second } = await createTestScenario({ title: `${base} (db)` });
    const { files } = await exportScenarioDirectory({ ctx, input: { dir } });
    const mine = files.filter((file) => file.scenarioId === first.id || file.scenarioId === second.id).map((file) => file.file);
    expect(mine.sort()).toEqual([`${slugify(base)}-db-2.yaml`, `${slugify(base)}-db.yaml`]);
  });
});

describe("scenarios CLI: import <dir>", () => {
  it("creates new scenarios, updates changed ones, skips identical ones, and reports invalid files", async () => {
    const dir = await tempDir();
    const { scenario: existing } = await createTestScenario();
    const { scenario: untouched } = await createTestScenario();
    const fresh = makeScenarioDefinition();
    const brokenTitle = marker("Broken");
    await writeFile(path.join(dir, "a-new.yml"), serializeScenario(fresh, "yaml"));
    await writeFile(path.join(dir, "b-changed.json"), serializeScenario({ ...existing.definition, summary: "Changed in git." }, "json"));
    await writeFile(path.join(dir, "c-same.yaml"), serializeScenario(untouched.definition, "yaml"));
    await writeFile(path.join(dir, "d-broken.yaml"), brokenYaml(brokenTitle));
    await writeFile(path.join(dir, "e-syntax.yaml"), "title: x\nsummary: a: b\n");
    await writeFile(path.join(dir, "README.md"), "# not a scenario");

    const report = await importScenarioDirectory({ ctx, input: { dir } });
    expect(report.ok).toBe(false);
    expect(report.files.map((file) => [file.file, file.outcome])).toEqual([
      ["a-new.yml", "created"],
      ["b-changed.json", "updated"],
      ["c-same.yaml", "unchanged"],
      ["d-broken.yaml", "invalid"],
      ["e-syntax.yaml", "invalid"],
    ]);
    const created = report.files[0]!;
    expect((await getScenario({ ctx, input: { id: created.scenarioId! } })).definition).toEqual(parseScenarioDocument(serializeScenario(fresh, "yaml")));
    expect(report.files[1]).toMatchObject({ scenarioId: existing.id, revision: 2 });
    expect((await getScenario({ ctx, input: { id: existing.id } })).definition.summary).toBe("Changed in git.");
    expect(report.files[2]).toMatchObject({ scenarioId: untouched.id, revision: 1 });
    expect((await getScenario({ ctx, input: { id: untouched.id } })).revision).toBe(1);

    const lines = formatImportReport(report);
    expect(lines).toContain(`created    a-new.yml  "${fresh.title}" (${created.scenarioId}, revision 1)`);
    expect(lines.filter((line) => line.startsWith("  d-broken.yaml: "))).toEqual([
      "  d-broken.yaml: summary: is required (line 1)",
      expect.stringMatching(/^ {2}d-broken\.yaml: alerts\[0\]\.severity: must be critical, high, warning or info \(line \d+\)$/),
      expect.stringMatching(/^ {2}d-broken\.yaml: alerts\[1\]\.offsetMinutes: must be within the time box \(30 min\) \(line \d+\)$/),
    ]);
    expect(lines).toContain("  e-syntax.yaml: (document): line 2, column 10: Nested mappings are not allowed in compact mappings");
    expect(lines.at(-1)).toBe("5 files: 1 created, 1 updated, 1 unchanged, 2 invalid");

    // Running it again changes nothing that was imported.
    const again = await importScenarioDirectory({ ctx, input: { dir } });
    expect(again.files.slice(0, 3).map((file) => file.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("refuses two files with the same title, and is ok when every file is valid", async () => {
    const dir = await tempDir();
    const definition = makeScenarioDefinition();
    await writeFile(path.join(dir, "one.yaml"), serializeScenario(definition, "yaml"));
    await writeFile(path.join(dir, "two.yaml"), serializeScenario({ ...definition, summary: "Other" }, "yaml"));
    const report = await importScenarioDirectory({ ctx, input: { dir } });
    expect(report.files.map((file) => file.outcome)).toEqual(["created", "invalid"]);
    expect(report.files[1]?.problems).toEqual([{ path: "title", message: "is also the title of one.yaml; the title identifies the scenario, so each file needs its own" }]);

    await rm(path.join(dir, "two.yaml"));
    expect((await importScenarioDirectory({ ctx, input: { dir } })).ok).toBe(true);
  });

  it("runs as `npm run scenarios`: exit code 1 and `file: path: message` lines for an invalid file", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "broken.yaml"), brokenYaml(marker("CLI broken")));
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/scenarios.ts", "import", dir], {
      env: { ...process.env, DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.stderr).toContain("[drillroom] migrations: up to date");
    expect(run.stdout).toMatch(/^ {2}broken\.yaml: alerts\[1\]\.offsetMinutes: must be within the time box \(30 min\)/m);
    expect(run.status).toBe(1);

    const usage = spawnSync(process.execPath, ["--import", "tsx", "scripts/scenarios.ts", "import"], { encoding: "utf8", timeout: 30_000 });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run scenarios -- import <dir>");
  });
});
