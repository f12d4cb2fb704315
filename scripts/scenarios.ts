// Scenario-as-code for teams that keep scenarios in git.
// Usage: npm run scenarios -- export <dir> [--json]   writes one <slug>.yaml per non-archived scenario
//        npm run scenarios -- import <dir>            creates, updates (new revision) or skips each file
// Uses the same database as the app: DATABASE_URL, or the embedded one (started here if the app is not running).
import path from "node:path";
import { bootstrapDatabase } from "../lib/db/bootstrap";
import { disconnectPrisma } from "../lib/db/client";
import { exportScenarioDirectory } from "../lib/scenarios/export-directory";
import { formatImportReport, importScenarioDirectory } from "../lib/scenarios/import-directory";

const USAGE = "Usage: npm run scenarios -- import <dir>\n       npm run scenarios -- export <dir> [--json]";

async function main(): Promise<number> {
  const [command, dir, ...flags] = process.argv.slice(2);
  if ((command !== "import" && command !== "export") || !dir) {
    console.error(USAGE);
    return 2;
  }
  const database = await bootstrapDatabase((message) => console.error(`[drillroom] ${message}`));
  const ctx = { actor: { type: "system" as const, name: "scenarios CLI" } };
  try {
    if (command === "export") {
      const { files } = await exportScenarioDirectory({ ctx, input: { dir, format: flags.includes("--json") ? "json" : "yaml" } });
      for (const file of files) console.log(`exported   ${file.file}  "${file.title}" (${file.scenarioId})`);
      console.log(`${files.length} scenarios written to ${path.resolve(dir)}`);
      return 0;
    }
    const report = await importScenarioDirectory({ ctx, input: { dir } });
    for (const line of formatImportReport(report)) console.log(line);
    return report.ok ? 0 : 1;
  } finally {
    await disconnectPrisma();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[drillroom] scenarios ${process.argv[2] ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
