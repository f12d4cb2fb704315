import { afterAll, inject } from "vitest";
import { useDatabaseUrl } from "../../lib/env";

// Runs in every worker before its test file: lib/env.ts caches, so point it at the test database first.
useDatabaseUrl(inject("databaseUrl"));

afterAll(async () => {
  const { disconnectPrisma } = await import("../../lib/db/client");
  await disconnectPrisma();
});
