/**
 * `npm test`: ESLint, the unit and service tests, the production build and the browser tests. One after another they
 * left one of this machine's two cores idle much of the time, so the steps overlap: the build and ESLint start at once,
 * then the unit tests and the browser tests side by side. Every step runs even when another
 * fails (a failed build skips only the browser tests); the exit code is non-zero if any failed.
 */
import { runSteps } from "./run-steps";

const run = runSteps(
  [
    // The build and then the browser tests are the longest path: ESLint runs beside the build, the unit tests beside
    // the browser tests, both niced so the longest path keeps the CPU it needs.
    { name: "lint", command: "nice -n 5 eslint . --max-warnings=0", after: [] },
    { name: "build", command: "next build", after: [] },
    { name: "unit", command: "nice -n 5 vitest run", after: ["lint"], notBefore: ["build"] },
    { name: "e2e", command: "playwright test", after: ["build"] },
  ],
  // Steps write to a pipe; colours only when npm test itself writes to a terminal.
  { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: process.env.FORCE_COLOR ?? "1" } : {}) } },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => run.stop(signal));
const { ok } = await run.done;
process.exitCode = ok ? 0 : 1;
