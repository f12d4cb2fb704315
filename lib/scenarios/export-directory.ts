import { authorize } from "../auth/authorize";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Ctx } from "../context";
import type { DocumentFormat } from "./document";
import { exportScenario } from "./export-scenario";
import { listScenarios } from "./list";

export interface ExportedFile {
  file: string;
  scenarioId: string;
  title: string;
}

/** One `<slug>.yaml` (or `.json`) per non-archived scenario, for teams that keep scenarios in git. */
export async function exportScenarioDirectory({ ctx, input }: { ctx: Ctx; input: { dir: string; format?: DocumentFormat } }): Promise<{ files: ExportedFile[] }> {
  authorize(ctx, "scenario.read");
  const format = input.format ?? "yaml";
  // A fixed order, so when two titles share a slug the same scenario keeps the plain file name every time.
  const scenarios = (await listScenarios({ ctx, input: {} })).sort((a, b) => a.id.localeCompare(b.id));
  await mkdir(input.dir, { recursive: true });
  const taken = new Set<string>();
  const files: ExportedFile[] = [];
  for (const summary of scenarios) {
    const exported = await exportScenario({ ctx, input: { id: summary.id, format } });
    const base = exported.filename.slice(0, -(format.length + 1));
    let file = exported.filename;
    for (let n = 2; taken.has(file); n += 1) file = `${base}-${n}.${format}`;
    taken.add(file);
    await writeFile(path.join(input.dir, file), exported.content, "utf8");
    files.push({ file, scenarioId: exported.scenarioId, title: exported.title });
  }
  return { files };
}
