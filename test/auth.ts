import { randomUUID } from "node:crypto";
import { beforeAll } from "vitest";
import { createApiToken } from "../lib/api-tokens/create-token";
import { ROLE_PERMISSIONS, TOKEN_SCOPES, type StaffRole } from "../lib/drill-model/permissions";
import { auth } from "../lib/identity/server";
import type { Actor } from "../lib/context";
import { prisma } from "../lib/db/client";
import { writePasswordUser } from "../lib/users/write-user";

export const TEST_PASSWORD = "correct horse battery staple";

/** A real account with a password, with a unique email so test files never collide. */
export async function createTestUser(role: StaffRole, name = `Test ${role}`) {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.drillroom`;
  const user = await prisma().$transaction((tx) => writePasswordUser(tx, { name, email, role, password: TEST_PASSWORD }));
  const actor: Actor = { type: role, id: user.id, name: user.name };
  return { ...user, actor };
}

/** A Bearer token for a new user of this role, carrying every scope the role allows. */
export async function createTestToken(role: StaffRole, scopes = TOKEN_SCOPES.filter((scope) => ROLE_PERMISSIONS[role].includes(scope))) {
  const user = await createTestUser(role);
  const { token } = await createApiToken({ ctx: { actor: user.actor }, input: { name: `${role} test token`, scopes } });
  return { user, token, headers: { authorization: `Bearer ${token}` } };
}

/** Signs in through better-auth and returns the cookie header a browser would send. */
export async function sessionCookieFor(email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await auth().api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

/** For route tests: headers that authenticate as a new user of `role`, ready after the file's beforeAll. */
export function callerAs(role: StaffRole): { headers: () => Record<string, string> } {
  let headers: Record<string, string> | undefined;
  beforeAll(async () => {
    headers = (await createTestToken(role)).headers;
  });
  return {
    headers: () => {
      if (!headers) throw new Error("callerAs(): headers are ready only inside tests");
      return headers;
    },
  };
}
