// The benchmarks call the JSON API and the SSE streams as a facilitator would from a script: with
// an API token. One is made for each run, in the bench's own database, by the same verbs the app uses.
import { randomBytes } from "node:crypto";

export interface BenchAuth {
  /** Send these with every API request and stream: `{ authorization: "Bearer drt_…" }`. */
  headers: { authorization: string };
  userId: string;
  tokenId: string;
}

/**
 * A facilitator account and an API token carrying every scope a facilitator's token may carry
 * (TOKEN_SCOPES ∩ ROLE_PERMISSIONS.facilitator), written to the database at `databaseUrl`.
 * Points lib/env at that database (useDatabaseUrl) and leaves this process' Prisma client connected
 * to it; call disconnectPrisma() when the bench needs no more in-process verbs.
 */
export async function benchApiToken(databaseUrl: string, label = "bench"): Promise<BenchAuth> {
  const { useDatabaseUrl } = await import("../../lib/env");
  useDatabaseUrl(databaseUrl);
  const { prisma } = await import("../../lib/db/client");
  const { writePasswordUser } = await import("../../lib/users/write-user");
  const { createApiToken } = await import("../../lib/api-tokens/create-token");
  const { ROLE_PERMISSIONS, TOKEN_SCOPES } = await import("../../lib/drill-model/permissions");

  const run = randomBytes(4).toString("hex");
  // Nobody signs in with this account: the password only has to be valid and unguessable.
  const user = await prisma().$transaction((tx) =>
    writePasswordUser(tx, { name: `Bench ${label} ${run}`, email: `bench-${label}-${run}@bench.drillroom`, role: "facilitator", password: randomBytes(24).toString("base64url") }),
  );
  const scopes = TOKEN_SCOPES.filter((scope) => ROLE_PERMISSIONS.facilitator.includes(scope));
  const created = await createApiToken({ ctx: { actor: { type: "facilitator", id: user.id, name: user.name } }, input: { name: `bench ${label} ${run}`, scopes, expiresInDays: 1 } });
  return { headers: { authorization: `Bearer ${created.token}` }, userId: user.id, tokenId: created.id };
}
