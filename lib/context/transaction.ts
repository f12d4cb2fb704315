import type { Prisma } from "../db/generated/client";
import type { Ctx } from "./index";
import { prisma } from "../db/client";

export type Tx = Prisma.TransactionClient;

/** Runs `fn` in the caller's transaction when the context carries one, otherwise in a new one. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (ctx.tx) return fn(ctx.tx as Tx);
  return prisma().$transaction((tx) => fn(tx), { timeout: 15_000 });
}

export function dbOf(ctx: Ctx) {
  return ctx.tx ?? prisma();
}
