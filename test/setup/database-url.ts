import { afterAll, inject } from "vitest";
import { useDatabaseUrl } from "../../lib/env";

// Runs in every worker before its test file: lib/env.ts caches, so set what it reads first.
process.env.DRILLROOM_AUTH_SECRET ??= "test-only-secret-test-only-secret-0123456789";
process.env.DRILLROOM_URL ??= "http://drillroom.test";
useDatabaseUrl(inject("databaseUrl"));

afterAll(async () => {
  const { disconnectPrisma } = await import("../../lib/db/client");
  await disconnectPrisma();
});
