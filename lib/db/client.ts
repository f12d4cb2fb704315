import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/client";
import { requireDatabaseUrl } from "../env";

export type Db = PrismaClient | Prisma.TransactionClient;

const cache = globalThis as unknown as { drillroomPrisma?: PrismaClient };

/** One client per process (dev hot reload re-imports modules, so it lives on globalThis). */
export function prisma(): PrismaClient {
  cache.drillroomPrisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: requireDatabaseUrl(), max: 20 }) });
  return cache.drillroomPrisma;
}

export async function disconnectPrisma(): Promise<void> {
  await cache.drillroomPrisma?.$disconnect();
  cache.drillroomPrisma = undefined;
}
