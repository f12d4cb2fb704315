import { afterAll, inject } from "vitest";
import { useDatabaseUrl } from "../../lib/env";

// Runs in every worker before its test file: lib/env.ts caches, so set what it reads first.
process.env.DRILLROOM_AUTH_SECRET ??= "test-only-secret-test-only-secret-0123456789";
process.env.DRILLROOM_URL ??= "http://drillroom.test";
useDatabaseUrl(inject("databaseUrl"));
// Files may share a worker's modules (vitest.config.ts): start each with the test database's clients, not the last file's.
(globalThis as { drillroomAuth?: unknown }).drillroomAuth = undefined;

afterAll(async () => {
  const { disconnectPrisma } = await import("../../lib/db/client");
  await disconnectPrisma();
});
