import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** How `abort-then-crash` exits: right after the abort's first phase committed. */
export const CRASH_EXIT_CODE = 86;

/** Runs `test/support/child-verb.ts` in a new Node process on `databaseUrl`; resolves with its exit code and output. */
export function runChildVerb(databaseUrl: string, command: string, input: unknown): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "test/support/child-verb.ts"), command, JSON.stringify(input)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}
