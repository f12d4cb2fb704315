import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/client";
import { requireDatabaseUrl } from "../env";

/** Secret columns no ordinary query returns; read them with an explicit `select` (see lib/injections/signing-secret.ts). */
const omit = { scenario: { webhookSecret: true } } as const;

function createClient() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: requireDatabaseUrl(), max: 20 }), omit });
}
type AppPrismaClient = ReturnType<typeof createClient>;

export type Db = AppPrismaClient | Prisma.TransactionClient;

const cache = globalThis as unknown as { drillroomPrisma?: AppPrismaClient };

/** One client per process (dev hot reload re-imports modules, so it lives on globalThis). */
export function prisma(): AppPrismaClient {
  cache.drillroomPrisma ??= createClient();
  return cache.drillroomPrisma;
}

export async function disconnectPrisma(): Promise<void> {
  await cache.drillroomPrisma?.$disconnect();
  cache.drillroomPrisma = undefined;
}
