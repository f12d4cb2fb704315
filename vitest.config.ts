import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The app's `@/` import alias (tsconfig paths), so tests can call route handlers directly.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) }] },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
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
  },
});
