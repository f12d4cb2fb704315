import { authorize } from "../auth/authorize";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { AppError, ValidationError, type FieldProblem } from "../errors";
import { createScenario } from "./create";
import { formatOfFilename, parseScenarioDocument, toDocument } from "./document";
import { getScenario } from "./get";
import type { ScenarioDefinition } from "./schemas";
import { updateScenario } from "./update";

export type FileOutcome = "created" | "updated" | "unchanged" | "invalid";

export interface FileReport {
  file: string;
  outcome: FileOutcome;
  title?: string;
  scenarioId?: string;
  revision?: number;
  problems: FieldProblem[];
}

export interface DirectoryImportReport {
  files: FileReport[];
  /** False when any file was invalid: the CLI exits non-zero. */
  ok: boolean;
}

/**
 * Imports every *.yaml, *.yml and *.json file in `dir` (not recursive). A file whose title exactly matches a
 * non-archived scenario becomes a new revision of it when its content differs and is skipped when identical;
 * any other file creates a scenario. Each file stands alone: an invalid one does not stop the others.
 */
export async function importScenarioDirectory({ ctx, input }: { ctx: Ctx; input: { dir: string } }): Promise<DirectoryImportReport> {
  authorize(ctx, "scenario.write");
  const names = (await readdir(input.dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && formatOfFilename(entry.name))
    .map((entry) => entry.name)
    .sort();
  const files: FileReport[] = [];
  const titles = new Map<string, string>();
  for (const file of names) {
    const report = await importFile(ctx, input.dir, file, titles);
    files.push(report);
  }
  return { files, ok: files.every((file) => file.outcome !== "invalid") };
}

async function importFile(ctx: Ctx, dir: string, file: string, titles: Map<string, string>): Promise<FileReport> {
  const invalid = (problems: FieldProblem[], title?: string): FileReport => ({ file, outcome: "invalid", title, problems });
  let definition: ScenarioDefinition;
  try {
    definition = parseScenarioDocument(await readFile(path.join(dir, file), "utf8"), formatOfFilename(file));
  } catch (error) {
    if (error instanceof ValidationError) return invalid(error.problems);
    throw error;
  }
  const { title } = definition;
  const sameTitle = titles.get(title);
  if (sameTitle) return invalid([{ path: "title", message: `is also the title of ${sameTitle}; the title identifies the scenario, so each file needs its own` }], title);
  titles.set(title, file);

  const matches = await dbOf(ctx).scenario.findMany({ where: { title, archivedAt: null }, select: { id: true } });
  if (matches.length > 1) return invalid([{ path: "title", message: `matches ${matches.length} scenarios with exactly this title; rename all but one in the library first` }], title);
  try {
    const existing = matches[0] && (await getScenario({ ctx, input: { id: matches[0].id } }));
    if (!existing) {
      const created = await createScenario({ ctx, input: { definition } });
      return { file, outcome: "created", title, scenarioId: created.id, revision: created.revision, problems: [] };
    }
    if (isDeepStrictEqual(toDocument(existing.definition), definition))
      return { file, outcome: "unchanged", title, scenarioId: existing.id, revision: existing.revision, problems: [] };
    const updated = await updateScenario({ ctx, input: { id: existing.id, baseRevision: existing.revision, definition } });
    return { file, outcome: "updated", title, scenarioId: updated.id, revision: updated.revision, problems: [] };
  } catch (error) {
    // Someone saved the same scenario in between, for instance: report it with the file and carry on.
    if (error instanceof AppError) return invalid(error instanceof ValidationError ? error.problems : [{ path: "(document)", message: error.message }], title);
    throw error;
  }
}

/** The CLI's per-file report; every problem on its own line as `file: path: message`. */
export function formatImportReport(report: DirectoryImportReport): string[] {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.outcome === "invalid") {
      lines.push(`invalid    ${file.file}${file.title ? `  "${file.title}"` : ""}`);
      for (const problem of file.problems) lines.push(`  ${file.file}: ${problem.path}: ${problem.message}${problem.line && problem.path !== "(document)" ? ` (line ${problem.line})` : ""}`);
    } else {
      lines.push(`${file.outcome.padEnd(10)} ${file.file}  "${file.title}" (${file.scenarioId}, revision ${file.revision})`);
    }
  }
  const count = (outcome: FileOutcome) => report.files.filter((file) => file.outcome === outcome).length;
  lines.push(`${report.files.length} files: ${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged, ${count("invalid")} invalid`);
  return lines;
}
