import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { GET as meRoute } from "../../app/api/me/route";
import { POST as setupRoute } from "../../app/api/setup/route";
import { auth } from "../../lib/identity/server";
import { anonymousActor, systemActor, type Actor, type Ctx } from "../../lib/context";
import { disconnectPrisma, prisma } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { useDatabaseUrl } from "../../lib/env";
import { ConflictError, ForbiddenError, ValidationError } from "../../lib/errors";
import { createUser } from "../../lib/users/create-user";
import type { UserView } from "../../lib/users/schemas";
import { createFirstAdmin, getSetupStatus } from "../../lib/users/setup";
import { updateUser } from "../../lib/users/update-user";
import { createTestUser, sessionCookieFor, TEST_PASSWORD } from "../auth";
import { rejectionOf } from "../factories";
import { createScratchDatabase, dropScratchDatabases } from "../scratch-database";

/**
 * First-run setup needs a database without a single account, and the last-admin rule needs to know
 * every admin there is: those tests each get an empty database of their own (this file runs in its own
 * worker, so pointing the app's client elsewhere touches no other test file). Nothing there signs in:
 * better-auth keeps the client it was made with, which is the shared database's.
 */
async function useFreshDatabase() {
  const url = await createScratchDatabase("users");
  await migrate(url);
  await disconnectPrisma();
  useDatabaseUrl(url);
}

async function useSharedDatabase() {
  await disconnectPrisma();
  useDatabaseUrl(inject("databaseUrl"));
}

afterAll(async () => {
  await useSharedDatabase();
  await dropScratchDatabases();
});

const anonymous: Ctx = { actor: anonymousActor };
const unique = () => randomUUID().slice(0, 8);
const adminInput = (label: string) => ({ name: `First ${label}`, email: `first-${label}-${unique()}@example.com`, password: TEST_PASSWORD });
const actorOf = (user: UserView): Actor => ({ type: user.role, id: user.id, name: user.name });
const newUserInput = (role: "admin" | "facilitator" | "observer") => ({ name: `New ${role}`, email: `new-${role}-${unique()}@test.drillroom`, role, password: TEST_PASSWORD });
const auditFor = (userId: string, action: string) => prisma().auditEntry.findMany({ where: { targetType: "user", targetId: userId, action }, orderBy: { id: "asc" } });

describe("on an empty database of its own", () => {
  beforeEach(useFreshDatabase);
  afterAll(useSharedDatabase);

  describe("first-run setup", () => {
    it("lets exactly one of two racing first admins through, then is done", async () => {
      expect(await getSetupStatus({ ctx: anonymous })).toEqual({ needsFirstAdmin: true });

      const results = await Promise.allSettled([createFirstAdmin({ ctx: anonymous, input: adminInput("a") }), createFirstAdmin({ ctx: anonymous, input: adminInput("b") })]);
      const created = results.filter((result) => result.status === "fulfilled").map((result) => result.value);
      const refused = results.filter((result) => result.status === "rejected").map((result) => result.reason as Error);
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({ role: "admin", disabledAt: null, signIn: ["password"] });
      expect(refused).toHaveLength(1);
      expect(refused[0]).toBeInstanceOf(ConflictError);
      expect(refused[0]!.message).toBe("drillroom is already set up: sign in, or ask an admin for an account.");

      expect(await getSetupStatus({ ctx: anonymous })).toEqual({ needsFirstAdmin: false });
      expect(await prisma().user.count()).toBe(1);
      const entries = await prisma().auditEntry.findMany();
      expect(entries).toMatchObject([{ action: "setup.admin_created", actorType: "admin", actorId: created[0]!.id, targetType: "user", targetId: created[0]!.id, detail: { email: created[0]!.email } }]);
    });

    it("refuses a weak password (422 on password) and stays open", async () => {
      const error = await rejectionOf(createFirstAdmin({ ctx: anonymous, input: { ...adminInput("weak"), password: "hunter2" } }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).status).toBe(422);
      expect((error as ValidationError).problems).toEqual([{ path: "password", message: "must be at least 12 characters" }]);
      expect(await getSetupStatus({ ctx: anonymous })).toEqual({ needsFirstAdmin: true });
    });

    it("is closed once anyone has an account, whatever their role", async () => {
      await createUser({ ctx: { actor: systemActor }, input: newUserInput("observer") });
      expect(await getSetupStatus({ ctx: anonymous })).toEqual({ needsFirstAdmin: false });
      const response = await setupRoute(new Request("http://drillroom.test/api/setup", { method: "POST", body: JSON.stringify(adminInput("late")) }), { params: Promise.resolve({}) });
      expect(response.status).toBe(409);
      expect(await prisma().user.count({ where: { role: "admin" } })).toBe(0);
    });

    it("answers 201 through the route on a fresh install", async () => {
      const input = adminInput("route");
      const response = await setupRoute(new Request("http://drillroom.test/api/setup", { method: "POST", body: JSON.stringify(input) }), { params: Promise.resolve({}) });
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ email: input.email, role: "admin" });
    });
  });

  describe("the last active admin", () => {
    it("can be neither demoted nor disabled, until there is another admin", async () => {
      const first = await createFirstAdmin({ ctx: anonymous, input: adminInput("only") });
      const self: Ctx = { actor: actorOf(first) };
      for (const data of [{ role: "facilitator" }, { role: "observer" }, { disabled: true }, { role: "observer", disabled: true }]) {
        const error = await rejectionOf(updateUser({ ctx: self, input: { userId: first.id, data: data as never } }));
        expect(error, JSON.stringify(data)).toBeInstanceOf(ConflictError);
        expect(error.message).toBe("This is the last active admin: make someone else an admin first.");
      }
      expect(await prisma().user.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ role: "admin", disabledAt: null });
      expect(await auditFor(first.id, "user.role_changed")).toEqual([]);
      // Changing nothing that matters is fine.
      expect(await updateUser({ ctx: self, input: { userId: first.id, data: { role: "admin", disabled: false } } })).toMatchObject({ role: "admin" });

      const second = await createUser({ ctx: self, input: newUserInput("admin") });
      expect(await updateUser({ ctx: { actor: actorOf(second) }, input: { userId: first.id, data: { role: "facilitator" } } })).toMatchObject({ role: "facilitator" });
      expect(await rejectionOf(updateUser({ ctx: { actor: actorOf(second) }, input: { userId: second.id, data: { disabled: true } } }))).toBeInstanceOf(ConflictError);
    });

    it("counts only admins who are not disabled", async () => {
      const first = await createFirstAdmin({ ctx: anonymous, input: adminInput("active") });
      const self: Ctx = { actor: actorOf(first) };
      const other = await createUser({ ctx: self, input: newUserInput("admin") });
      await updateUser({ ctx: self, input: { userId: other.id, data: { disabled: true } } });
      expect(await rejectionOf(updateUser({ ctx: self, input: { userId: first.id, data: { role: "observer" } } }))).toBeInstanceOf(ConflictError);

      await updateUser({ ctx: self, input: { userId: other.id, data: { disabled: false } } });
      expect(await updateUser({ ctx: self, input: { userId: first.id, data: { role: "observer" } } })).toMatchObject({ role: "observer" });
    });

    it("survives two admins disabling each other at once: one of them stays", async () => {
      const first = await createFirstAdmin({ ctx: anonymous, input: adminInput("race") });
      const second = await createUser({ ctx: { actor: actorOf(first) }, input: newUserInput("admin") });
      const results = await Promise.allSettled([
        updateUser({ ctx: { actor: actorOf(first) }, input: { userId: second.id, data: { disabled: true } } }),
        updateUser({ ctx: { actor: actorOf(second) }, input: { userId: first.id, data: { disabled: true } } }),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect(await prisma().user.count({ where: { role: "admin", disabledAt: null } })).toBe(1);
    });
  });
});

describe("adding people", () => {
  it("an admin adds someone who can then sign in; it is audited", async () => {
    const admin = await createTestUser("admin");
    const input = newUserInput("facilitator");
    const user = await createUser({ ctx: { actor: admin.actor }, input });
    expect(user).toMatchObject({ name: input.name, email: input.email, role: "facilitator", disabledAt: null, signIn: ["password"] });
    expect(JSON.stringify(user)).not.toContain(TEST_PASSWORD);
    expect(await auditFor(user.id, "user.created")).toMatchObject([{ actorType: "admin", actorId: admin.id, detail: { email: input.email, role: "facilitator" } }]);
    expect(JSON.stringify((await auditFor(user.id, "user.created")).map((entry) => entry.detail))).not.toContain(TEST_PASSWORD);
    expect(await sessionCookieFor(input.email)).toMatch(/^drillroom\.session_token=/);
  });

  it("an email that already has an account is a 409, whatever its case", async () => {
    const admin = await createTestUser("admin");
    const input = newUserInput("observer");
    await createUser({ ctx: { actor: admin.actor }, input });
    for (const email of [input.email, input.email.toUpperCase()]) {
      const error = await rejectionOf(createUser({ ctx: { actor: admin.actor }, input: { ...input, email, role: "admin" } }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).status).toBe(409);
    }
    expect(await prisma().user.findMany({ where: { email: input.email }, select: { role: true } })).toEqual([{ role: "observer" }]);
  });

  // Bug: writePasswordUser checks for the email, then inserts; two requests at once both pass the check and
  // the loser hits the unique index (a Prisma P2002), which the route answers with a 500 instead of a 409.
  it("two admins adding the same email at once: one account, and a 409 for the other", async () => {
    const admin = await createTestUser("admin");
    const input = newUserInput("observer");
    const results = await Promise.allSettled([createUser({ ctx: { actor: admin.actor }, input }), createUser({ ctx: { actor: admin.actor }, input })]);
    expect(await prisma().user.count({ where: { email: input.email } })).toBe(1);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
  });

  it("a facilitator cannot add anyone (403)", async () => {
    const facilitator = await createTestUser("facilitator");
    const input = newUserInput("observer");
    const error = await rejectionOf(createUser({ ctx: { actor: facilitator.actor }, input }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).status).toBe(403);
    expect(await prisma().user.count({ where: { email: input.email } })).toBe(0);
  });
});

describe("changing someone", () => {
  it("a role change is audited with from and to, and applies to their very next request", async () => {
    const admin = await createTestUser("admin");
    const user = await createTestUser("observer");
    const cookie = await sessionCookieFor(user.email);
    const me = async () => (await (await meRoute(new Request("http://drillroom.test/api/me", { headers: { cookie } }), { params: Promise.resolve({}) })).json()).actor.type;
    expect(await me()).toBe("observer");

    expect(await updateUser({ ctx: { actor: admin.actor }, input: { userId: user.id, data: { role: "facilitator" } } })).toMatchObject({ role: "facilitator" });
    expect(await auditFor(user.id, "user.role_changed")).toMatchObject([{ actorId: admin.id, detail: { email: user.email, from: "observer", to: "facilitator" } }]);
    expect(await me()).toBe("facilitator");
  });

  it("asks what to change", async () => {
    const admin = await createTestUser("admin");
    const user = await createTestUser("observer");
    const error = await rejectionOf(updateUser({ ctx: { actor: admin.actor }, input: { userId: user.id, data: {} } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(await rejectionOf(updateUser({ ctx: { actor: (await createTestUser("facilitator")).actor }, input: { userId: user.id, data: { role: "admin" } } }))).toBeInstanceOf(ForbiddenError);
  });

  it("disabling ends their sessions at once and keeps them from signing in; enabling lets them back", async () => {
    const admin = await createTestUser("admin");
    const user = await createTestUser("facilitator");
    const cookie = await sessionCookieFor(user.email);
    const session = () => auth().api.getSession({ headers: new Headers({ cookie }) });
    expect((await session())?.user.id).toBe(user.id);

    const disabled = await updateUser({ ctx: { actor: admin.actor }, input: { userId: user.id, data: { disabled: true } } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(await session()).toBeNull();
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
    expect((await rejectionOf(sessionCookieFor(user.email))).message).toMatch(/^sign-in failed/);
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditFor(user.id, "user.disabled")).toMatchObject([{ actorId: admin.id }]);

    await updateUser({ ctx: { actor: admin.actor }, input: { userId: user.id, data: { disabled: false } } });
    expect(await auditFor(user.id, "user.enabled")).toHaveLength(1);
    expect(await sessionCookieFor(user.email)).toMatch(/^drillroom\.session_token=/);
  });

  it("signing in is audited as user.signed_in", async () => {
    const user = await createTestUser("observer");
    expect(await auditFor(user.id, "user.signed_in")).toEqual([]);
    await sessionCookieFor(user.email);
    expect(await auditFor(user.id, "user.signed_in")).toMatchObject([{ actorType: "observer", actorId: user.id, actorName: user.name }]);
    // A wrong password is not a sign-in.
    await rejectionOf(sessionCookieFor(user.email, "not the password at all"));
    expect(await auditFor(user.id, "user.signed_in")).toHaveLength(1);
  });
});
