import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as auditRoute } from "../../app/api/audit/route";
import { GET as listDrillsRoute } from "../../app/api/drills/route";
import { createApiToken } from "../../lib/api-tokens/create-token";
import { revokeApiToken } from "../../lib/api-tokens/revoke-token";
import { listAudit } from "../../lib/audit/list-audit";
import type { Ctx } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { abortDrill } from "../../lib/drills/abort-drill";
import { runRollback } from "../../lib/drills/injections/run-rollback";
import { getTimeline } from "../../lib/drills/timeline";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { ConflictError, ForbiddenError } from "../../lib/errors";
import { createTestToken, createTestUser, sessionCookieFor } from "../auth";
import { marker, rejectionOf } from "../factories";
import { startSignedTarget, type SignedTarget } from "../support/signed-target";
import { manualStep, webhookDrill, webhookStep } from "../support/webhook-drill";

/** Retries without the production backoff. */
const options = { retry: { baseDelayMs: 1 } };
const auditOfDrill = (drillId: string, action?: string) =>
  prisma().auditEntry.findMany({ where: { targetType: "drill", targetId: drillId, ...(action ? { action } : {}) }, orderBy: { id: "asc" } });

let target: SignedTarget;
let facilitator: Awaited<ReturnType<typeof createTestUser>>;
let ctx: Ctx;
beforeAll(async () => {
  target = await startSignedTarget((request) => (request.path.includes("/slow") ? { delayMs: 700 } : {}));
  facilitator = await createTestUser("facilitator");
  ctx = { actor: facilitator.actor };
});
afterAll(() => target.close());

/** Runs `fn` in a transaction that is then rolled back; returns what `fn` saw inside it. */
async function insideRolledBack<T>(fn: (tx: Ctx) => Promise<T>): Promise<T> {
  const rollback = new Error("roll back");
  let seen: T | undefined;
  const error = await rejectionOf(
    prisma().$transaction(async (tx) => {
      seen = await fn({ ...ctx, tx });
      throw rollback;
    }),
  );
  expect(error).toBe(rollback);
  return seen as T;
}

describe("drill actions write their audit entry in their own transaction", () => {
  it("an injection: one injection.triggered naming the step and the environment", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")], { environment: { name: "stage-eu", protected: false } });
    await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options });
    expect(target.received(prefix)).toHaveLength(1);
    expect(await auditOfDrill(drillId)).toMatchObject([
      { action: "injection.triggered", actorType: "facilitator", actorId: facilitator.id, detail: { stepId: "inj-1", name: "Step inj-1", environment: "stage-eu", kind: "webhook", override: false } },
    ]);
    // Refused the second time (before anything is claimed): no second entry.
    expect(await rejectionOf(triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options }))).toBeInstanceOf(ConflictError);
    expect(await auditOfDrill(drillId, "injection.triggered")).toHaveLength(1);
  });

  it("an injection and its timeline event commit or roll back together", async () => {
    const { drillId } = await webhookDrill(target, () => [manualStep("inj-1")]);
    const inside = await insideRolledBack(async (txCtx) => {
      await triggerInjection({ ctx: txCtx, input: { drillId, data: { stepId: "inj-1" } } });
      const entries = await txCtx.tx!.auditEntry.count({ where: { targetId: drillId, action: "injection.triggered" } });
      // Another connection cannot see it before the commit.
      return { entries, outside: (await auditOfDrill(drillId)).length };
    });
    expect(inside).toEqual({ entries: 1, outside: 0 });
    expect(await auditOfDrill(drillId)).toEqual([]);
    expect((await getTimeline({ ctx, input: { drillId, viewer: "staff" } })).filter((event) => event.kind === "injection.executed")).toEqual([]);
  });

  it("a rollback: one rollback.triggered, gone with its transaction", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1"), manualStep("inj-2")]);
    await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options });
    await runRollback({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options });
    expect(target.received(prefix).map((request) => request.method)).toEqual(["POST", "DELETE"]);
    expect(await auditOfDrill(drillId, "rollback.triggered")).toMatchObject([{ actorId: facilitator.id, detail: { stepId: "inj-1", kind: "webhook" } }]);

    await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-2" } } });
    await insideRolledBack((txCtx) => runRollback({ ctx: txCtx, input: { drillId, data: { stepId: "inj-2" } } }));
    expect(await auditOfDrill(drillId, "rollback.triggered")).toHaveLength(1);
  });

  it("an abort: one drill.aborted, and none when the abort is refused", async () => {
    const { drillId } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/slow`, "inj-1")]);
    const injection = triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options });
    await new Promise((resolve) => setTimeout(resolve, 150));
    // The entry is written first, then the in-flight injection refuses the abort: both roll back.
    expect(await rejectionOf(abortDrill({ ctx, input: { drillId, data: { confirm: true } }, options }))).toBeInstanceOf(ConflictError);
    expect(await auditOfDrill(drillId, "drill.aborted")).toEqual([]);
    await injection;

    await abortDrill({ ctx, input: { drillId, data: { confirm: true, note: "wrong cluster" } }, options });
    expect(await auditOfDrill(drillId, "drill.aborted")).toMatchObject([{ actorId: facilitator.id, detail: { from: "running", note: "wrong cluster" } }]);
  });

  it("a refusal for a protected environment is kept: injection.refused, with the reason", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")], { environment: { name: "prod-eu", protected: true } });
    expect(await rejectionOf(triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options }))).toBeInstanceOf(ConflictError);
    expect(await rejectionOf(triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1", confirmEnvironment: "prod" } }, options }))).toBeInstanceOf(ConflictError);
    expect(target.received(prefix)).toEqual([]);
    expect(await auditOfDrill(drillId)).toMatchObject([
      { action: "injection.refused", actorId: facilitator.id, detail: { stepId: "inj-1", environment: "prod-eu", reason: "not confirmed" } },
      { action: "injection.refused", detail: { reason: 'confirmation "prod" did not match' } },
    ]);
  });
});

describe("reading the audit log", () => {
  it("is for admins only", async () => {
    for (const role of ["facilitator", "observer"] as const) {
      const error = await rejectionOf(listAudit({ ctx: { actor: (await createTestUser(role)).actor }, input: {} }));
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).status).toBe(403);
    }
    // Not even with an admin's token: tokens never carry audit.read.
    const { headers } = await createTestToken("admin");
    expect((await auditRoute(new Request("http://drillroom.test/api/audit", { headers }), { params: Promise.resolve({}) })).status).toBe(403);
    expect((await auditRoute(new Request("http://drillroom.test/api/audit"), { params: Promise.resolve({}) })).status).toBe(401);
  });

  it("filters by action family and by actor name", async () => {
    const name = marker("Auditee");
    const user = await createTestUser("facilitator", name);
    await sessionCookieFor(user.email);
    const kept = await createApiToken({ ctx: { actor: user.actor }, input: { name: `${name} job`, scopes: ["drill.read"] } });
    const dropped = await createApiToken({ ctx: { actor: user.actor }, input: { name: `${name} old job`, scopes: ["drill.read"] } });
    await revokeApiToken({ ctx: { actor: user.actor }, input: { tokenId: dropped.id } });
    expect((await listDrillsRoute(new Request("http://drillroom.test/api/drills", { headers: { authorization: `Bearer ${kept.token}` } }), { params: Promise.resolve({}) })).status).toBe(200);

    const admin = { actor: (await createTestUser("admin")).actor };
    const everything = await listAudit({ ctx: admin, input: { actor: name.toUpperCase() } });
    expect(everything.entries.map((entry) => entry.action).sort()).toEqual(["token.created", "token.created", "token.revoked", "token.used", "user.signed_in"]);
    expect(everything.entries.every((entry) => entry.actor.name.includes(name))).toBe(true);

    const tokens = await listAudit({ ctx: admin, input: { actor: name, action: "token." } });
    expect(tokens.entries.map((entry) => entry.action).sort()).toEqual(["token.created", "token.created", "token.revoked", "token.used"]);
    expect(tokens.entries.find((entry) => entry.action === "token.used")).toMatchObject({ actor: { type: "token", id: kept.id, name: `${name} job (API token)` }, target: { type: "api_token", id: kept.id }, detail: { onBehalfOf: user.id } });

    const revoked = await listAudit({ ctx: admin, input: { actor: name, action: "token.revoked" } });
    expect(revoked.entries).toMatchObject([{ actor: { type: "facilitator", id: user.id, name }, target: { type: "api_token", id: dropped.id } }]);
    // An exact action is not a prefix.
    expect((await listAudit({ ctx: admin, input: { actor: name, action: "token" } })).entries).toEqual([]);
  });

  it("pages newest first with before/next", async () => {
    const name = marker("Pager");
    const user = await createTestUser("observer", name);
    const created = [];
    for (let index = 0; index < 5; index++) created.push(await createApiToken({ ctx: { actor: user.actor }, input: { name: `job ${index}`, scopes: ["drill.read"] } }));
    const admin = { actor: (await createTestUser("admin")).actor };

    const pages = [];
    let before: string | undefined;
    do {
      const page = await listAudit({ ctx: admin, input: { actor: name, limit: 2, ...(before ? { before } : {}) } });
      pages.push(page);
      before = page.next ?? undefined;
    } while (before && pages.length < 10);

    expect(pages.map((page) => page.entries.length)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.next === null)).toEqual([false, false, true]);
    const entries = pages.flatMap((page) => page.entries);
    const ids = entries.map((entry) => BigInt(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    expect(new Set(ids).size).toBe(5);
    expect(entries.map((entry) => entry.target?.id)).toEqual(created.map((token) => token.id).reverse());
    expect(pages[0]!.next).toBe(pages[0]!.entries[1]!.id);

    // Through the route, with an admin's session.
    const adminUser = await createTestUser("admin");
    const response = await auditRoute(
      new Request(`http://drillroom.test/api/audit?actor=${encodeURIComponent(name)}&limit=2&before=${pages[0]!.next}`, { headers: { cookie: await sessionCookieFor(adminUser.email) } }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ entries: pages[1]!.entries, next: pages[1]!.next });
  });
});
