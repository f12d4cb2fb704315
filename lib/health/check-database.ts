import { prisma, type Db } from "../db/client";

export interface DatabaseHealth {
  status: "up" | "down";
  latencyMs?: number;
  error?: string;
}

export async function checkDatabase(timeoutMs = 2000, db: Db = prisma()): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Only the error class reaches the client: driver messages can carry host names.
    return { status: "down", error: error instanceof Error && /no answer/.test(error.message) ? error.message : "unreachable" };
  }
}
