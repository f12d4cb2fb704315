import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Files that replace modules (vi.mock) or keep a Slack app alive need a fresh module graph; the rest share one per
// worker, which halves the run (importing the app for every file was a third of it).
const ISOLATED = ["test/retro/retro.test.ts", "test/drills/roster/roster-chat.test.ts", "test/channel/slack/lifecycle.test.ts"];
const ALL = ["lib/**/*.test.ts", "test/**/*.test.ts"];

export default defineConfig({
  // The app's `@/` import alias (tsconfig paths), so tests can call route handlers directly.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) }] },
  test: {
    environment: "node",
    // One real Postgres for the whole run; every test makes its own scenario and drill in it.
    globalSetup: ["test/setup/global-db.ts"],
    setupFiles: ["test/setup/database-url.ts"],
    // Two cores: two worker processes, files in parallel, tests in a file one after another.
    pool: "forks",
    maxWorkers: 2,
    fileParallelism: true,
    // Test output should read as results: the app logs warnings and worse unless LOG_LEVEL asks for more.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "isolated", include: ISOLATED } },
      { extends: true, test: { name: "shared", include: ALL, exclude: ISOLATED, isolate: false } },
    ],
  },
});
