import { closeSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * The test server writes its log to one file (playwright.config.ts). For a test that fails, this keeps what the app
 * logged while it ran in a file of its own and names that file under the failure, so nobody digs through the whole run.
 */
export default class AppLogReporter implements Reporter {
  private readonly offsets = new Map<string, number>();

  constructor(private readonly options: { logFile: string; outputDir: string }) {}

  onTestBegin(test: TestCase): void {
    this.offsets.set(test.id, this.size());
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const from = this.offsets.get(test.id) ?? 0;
    this.offsets.delete(test.id);
    if (result.status === "passed" || result.status === "skipped") return;
    const logged = this.read(from);
    const slug = test.titlePath().slice(1).join(" ").replace(/[^\w.-]+/g, "-").slice(0, 120);
    const file = path.join(this.options.outputDir, "app-logs", `${slug}.log`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, logged);
    const lines = logged.split("\n").filter(Boolean).length;
    console.log(`\n  The app's log while "${test.title}" ran (${lines} line${lines === 1 ? "" : "s"}): ${file}\n`);
  }

  private size(): number {
    try {
      return statSync(this.options.logFile).size;
    } catch {
      return 0;
    }
  }

  private read(from: number): string {
    const length = this.size() - from;
    if (length <= 0) return "";
    const buffer = Buffer.alloc(length);
    const fd = openSync(this.options.logFile, "r");
    try {
      readSync(fd, buffer, 0, length, from);
    } finally {
      closeSync(fd);
    }
    return buffer.toString("utf8");
  }
}
