import { describe, expect, it } from "vitest";
import { getResponderAnalytics, RESPONDERS_SWITCHED_OFF } from "../../lib/analytics/get-responders";
import type { Actor, Ctx } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "../../lib/errors";
import { getSettings } from "../../lib/settings/get-settings";
import { updateSettings } from "../../lib/settings/update-settings";
import { admin, marker, observer, rejectionOf, staffCtx } from "../factories";
import { MIN, scenarioWithResults } from "./closed-drills";

const ctx = staffCtx();

/** Runs `fn` in a transaction that is always rolled back: the settings row is shared by every test running meanwhile. */
async function rolledBack(fn: (tx: Ctx["tx"] & object) => Promise<void>): Promise<void> {
  const undo = new Error("roll back");
  await prisma()
    .$transaction(async (tx) => {
      await fn(tx);
      throw undo;
    })
    .catch((error: unknown) => {
      if (error !== undo) throw error;
    });
}

describe("per-responder analytics", () => {
  it("follows each person across drills: latest name, roles, teams, each drill's times, medians and the change from first to latest", async () => {
    const { scenario, team, add } = await scenarioWithResults();
    const ana = `email:${marker("ana")}@example.com`;
    const bo = `slack:${marker("U")}`;
    await add({ startedAt: "2026-03-01T09:00:00Z", people: [{ personKey: ana, name: "Ana", firstResponseMs: 5 * MIN, acknowledgeMs: 8 * MIN }] });
    await add({
      startedAt: "2026-03-15T09:00:00Z",
      people: [
        { personKey: ana, name: "Ana K.", role: "incident_commander", firstResponseMs: 3 * MIN, acknowledgeMs: null },
        { personKey: bo, name: "Bo", role: "escalation_responder", team: "DBA", firstResponseMs: null, acknowledgeMs: null },
      ],
    });
    await add({ startedAt: "2026-04-02T09:00:00Z", people: [{ personKey: ana, name: "Ana Kim", firstResponseMs: 2 * MIN, acknowledgeMs: 4 * MIN }] });

    const view = await getResponderAnalytics({ ctx, input: { filters: { scenarioId: scenario.id } } });
    expect(view.drills).toBe(3);
    expect(view.people.map((person) => person.personKey)).toEqual([ana, bo]);
    const [anaFigures, boFigures] = view.people;
    expect(anaFigures).toMatchObject({
      name: "Ana Kim",
      drills: 3,
      roles: { active_responder: 2, incident_commander: 1 },
      teams: [team],
      firstResponse: { n: 3, median: 3 * MIN, first: 5 * MIN, latest: 2 * MIN, change: -3 * MIN },
      acknowledge: { n: 2, median: 6 * MIN, first: 8 * MIN, latest: 4 * MIN, change: -4 * MIN },
    });
    expect(anaFigures!.history.map((entry) => [entry.day, entry.role, entry.firstResponseMs, entry.acknowledgeMs])).toEqual([
      ["2026-03-01", "active_responder", 5 * MIN, 8 * MIN],
      ["2026-03-15", "incident_commander", 3 * MIN, null],
      ["2026-04-02", "active_responder", 2 * MIN, 4 * MIN],
    ]);
    expect(anaFigures!.history[0]!.scenarioTitle).toBe(scenario.definition.title);
    // Never measured: no median, and no change to show.
    expect(boFigures).toMatchObject({ drills: 1, teams: ["DBA"], firstResponse: { n: 0, median: null, first: null, latest: null, change: null } });

    const april = await getResponderAnalytics({ ctx, input: { filters: { scenarioId: scenario.id, from: "2026-04-01" } } });
    expect(april.people).toEqual([expect.objectContaining({ personKey: ana, drills: 1, firstResponse: { n: 1, median: 2 * MIN, first: 2 * MIN, latest: 2 * MIN, change: null } })]);
    const empty = await getResponderAnalytics({ ctx, input: { filters: { scenarioId: scenario.id, to: "2026-01-31" } } });
    expect(empty).toMatchObject({ drills: 0, people: [] });
  });

  it("is for facilitators and admins only: not observers, share-link holders, participants, API tokens or the signed out", async () => {
    const viewer: Actor = { type: "viewer", id: "link-1", name: "Share link", drillId: "any" };
    const participant: Actor = { type: "participant", id: "p-1", name: "Mina", drillId: "any" };
    const token: Actor = { type: "token", id: "t-1", name: "nightly export", userId: "fac-1", role: "facilitator", scopes: ["scenario.read", "scenario.write", "drill.read", "drill.run", "note.write"] };
    for (const actor of [observer, viewer, participant, token]) {
      const error = await rejectionOf(getResponderAnalytics({ ctx: { actor }, input: { filters: {} } }));
      expect(error, actor.type).toBeInstanceOf(ForbiddenError);
      expect(error.message).toMatch(/cannot see per-person figures in analytics\.$/);
    }
    expect(await rejectionOf(getResponderAnalytics({ ctx: { actor: { type: "anonymous", name: "anonymous" } }, input: { filters: {} } }))).toBeInstanceOf(UnauthenticatedError);
    await expect(getResponderAnalytics({ ctx: staffCtx(admin), input: { filters: { to: "2000-01-01" } } })).resolves.toMatchObject({ people: [] });
    const bad = await rejectionOf(getResponderAnalytics({ ctx, input: { filters: { scenarioId: "x\u0000", to: "2026-13-01" } } }));
    expect((bad as ValidationError).problems.map((problem) => problem.path).sort()).toEqual(["scenarioId", "to"]);
  });

  it("answers 403 for everyone, admins too, once an admin switches it off; the rows stay, and the change is audited", async () => {
    const { scenario, add } = await scenarioWithResults();
    const drillId = await add({ startedAt: "2026-02-01T09:00:00Z", people: [{ personKey: `email:${marker("kim")}@example.com`, name: "Kim", firstResponseMs: MIN }] });
    const who = { ...admin, id: marker("admin") } as Actor;
    await rolledBack(async (tx) => {
      const changed = await updateSettings({ ctx: { actor: who, tx }, input: { data: { responderAnalytics: false } } });
      expect(changed.responderAnalytics).toBe(false);
      for (const actor of [who, ctx.actor]) {
        const error = await rejectionOf(getResponderAnalytics({ ctx: { actor, tx }, input: { filters: { scenarioId: scenario.id } } }));
        expect(error).toBeInstanceOf(ForbiddenError);
        expect(error.message).toBe(RESPONDERS_SWITCHED_OFF);
      }
      expect(await tx.responderResult.count({ where: { drillId } })).toBe(1);
      const entries = await tx.auditEntry.findMany({ where: { action: "settings.changed", actorId: who.type === "admin" ? who.id : null } });
      expect(entries).toEqual([expect.objectContaining({ actorType: "admin", targetType: "settings", targetLabel: "Per-person analytics", detail: { responderAnalytics: { from: true, to: false } } })]);
      // Setting it to what it is changes nothing and writes no second entry.
      await updateSettings({ ctx: { actor: who, tx }, input: { data: { responderAnalytics: false } } });
      expect(await tx.auditEntry.count({ where: { action: "settings.changed", actorId: who.type === "admin" ? who.id : null } })).toBe(1);
      await updateSettings({ ctx: { actor: who, tx }, input: { data: { responderAnalytics: true } } });
      await expect(getResponderAnalytics({ ctx: { actor: who, tx }, input: { filters: { scenarioId: scenario.id } } })).resolves.toMatchObject({ drills: 1 });
    });
    await expect(getSettings({ ctx: staffCtx(admin) })).resolves.toMatchObject({ responderAnalytics: true });
  });

  it("lets only admins read and change the settings, and names a bad value by its field", async () => {
    for (const actor of [observer, ctx.actor]) {
      expect(await rejectionOf(getSettings({ ctx: { actor } }))).toBeInstanceOf(ForbiddenError);
      expect(await rejectionOf(updateSettings({ ctx: { actor }, input: { data: { responderAnalytics: false } } }))).toBeInstanceOf(ForbiddenError);
    }
    const wrongType = await rejectionOf(updateSettings({ ctx: staffCtx(admin), input: { data: { responderAnalytics: "off" as never } } }));
    expect((wrongType as ValidationError).problems).toEqual([{ path: "responderAnalytics", message: "must be true or false" }]);
    const unknown = await rejectionOf(updateSettings({ ctx: staffCtx(admin), input: { data: { responderAnalytics: true, everyoneIsAdmin: true } as never } }));
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(await rejectionOf(updateSettings({ ctx: staffCtx(admin), input: { data: {} } }))).toBeInstanceOf(ValidationError);
  });
});
