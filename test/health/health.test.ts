import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/db/generated/client";
import { checkDatabase } from "../../lib/health/check-database";

describe("database health", () => {
  const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody:secret-password@127.0.0.1:1/none", connectionTimeoutMillis: 500 }) });
  afterAll(() => unreachable.$disconnect());

  it("is up, with a latency, on the test database", async () => {
    const health = await checkDatabase();
    expect(health.status).toBe("up");
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("is down when the server does not answer, without leaking the connection string", async () => {
    const health = await checkDatabase(2000, unreachable);
    expect(health.status).toBe("down");
    expect(JSON.stringify(health)).not.toContain("secret-password");
  });
});
