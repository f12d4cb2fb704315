import { describe, expect, it } from "vitest";
import { authorize, can } from "../../lib/auth/authorize";
import { PERMISSIONS, STAFF_ROLES, type Permission, type StaffRole } from "../../lib/drill-model/permissions";
import { anonymousActor, systemActor, type Actor } from "../../lib/context";
import { ForbiddenError, UnauthenticatedError } from "../../lib/errors";

const ALL = Object.keys(PERMISSIONS) as Permission[];
/** What staff can ever hold: the rest (responding, posting in the channel) belongs to people in the drill. */
const STAFF_PERMISSIONS: Permission[] = ["scenario.read", "scenario.write", "drill.read", "drill.run", "note.write", "share.manage", "analytics.people", "token.manage", "user.manage", "audit.read", "settings.manage"];

const person = (type: StaffRole): Actor => ({ type, id: `${type}-id`, name: `A ${type}` });
const token = (role: StaffRole, scopes: Permission[]): Actor => ({ type: "token", id: "tok-1", name: "nightly job", userId: `${role}-id`, role, scopes });
const allowed = (actor: Actor, drillId?: string) => ALL.filter((permission) => can(actor, permission, { drillId }));

/** authorize() throws synchronously; this returns what it threw, or fails when it did not. */
function refusal(actor: Actor, permission: Permission | Permission[], drillId?: string): Error {
  try {
    authorize({ actor }, permission, { drillId });
  } catch (error) {
    return error as Error;
  }
  throw new Error(`expected ${actor.type} to be refused ${String(permission)}`);
}

describe("staff roles", () => {
  it("an observer reads, writes notes and manages its own tokens, and nothing more", () => {
    expect(allowed(person("observer"))).toEqual(["scenario.read", "drill.read", "note.write", "token.manage"]);
    for (const denied of ["drill.run", "scenario.write", "share.manage", "analytics.people", "user.manage", "audit.read", "settings.manage"] as const) {
      expect(can(person("observer"), denied)).toBe(false);
    }
  });

  it("a facilitator runs drills and writes scenarios, but manages no users and reads no audit log", () => {
    expect(allowed(person("facilitator"))).toEqual(["scenario.read", "scenario.write", "drill.read", "drill.run", "note.write", "share.manage", "analytics.people", "token.manage"]);
    expect(can(person("facilitator"), "user.manage")).toBe(false);
    expect(can(person("facilitator"), "audit.read")).toBe(false);
  });

  it("an admin holds every staff permission, and none of the participants' ones", () => {
    expect(allowed(person("admin"))).toEqual(STAFF_PERMISSIONS);
    expect(can(person("admin"), "chat.respond")).toBe(false);
    expect(can(person("admin"), "drill.respond")).toBe(false);
  });

  it("staff are not confined to one drill", () => {
    for (const role of STAFF_ROLES) expect(can(person(role), "drill.read", { drillId: "any-drill" })).toBe(true);
  });
});

describe("API tokens", () => {
  it("hold their scopes only as far as the owner's role reaches", () => {
    const claimsToRun = token("observer", ["drill.read", "drill.run", "scenario.write"]);
    expect(allowed(claimsToRun)).toEqual(["drill.read"]);
    expect(can(claimsToRun, "drill.run", { drillId: "d-1" })).toBe(false);
    expect(refusal(claimsToRun, "drill.run", "d-1")).toBeInstanceOf(ForbiddenError);
  });

  it("hold no more than their scopes, even for an admin", () => {
    const readOnly = token("admin", ["drill.read"]);
    expect(allowed(readOnly)).toEqual(["drill.read"]);
    const error = refusal(readOnly, "drill.run");
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error.message).toBe('The API token "nightly job" cannot run drills.');
  });
});

describe("people confined to one drill", () => {
  const confined: Actor[] = [
    { type: "viewer", id: "link-1", name: "payments leads (share link)", drillId: "drill-a" },
    { type: "guest", name: "channel guest", drillId: "drill-a" },
    { type: "participant", id: "p-1", name: "Pat", drillId: "drill-a" },
  ];

  it("a viewer only watches", () => {
    expect(allowed(confined[0]!, "drill-a")).toEqual(["drill.read"]);
  });

  it("a guest only talks in the channel, a participant also responds", () => {
    expect(allowed(confined[1]!, "drill-a")).toEqual(["chat.respond"]);
    expect(allowed(confined[2]!, "drill-a")).toEqual(["drill.respond", "chat.respond"]);
  });

  it("each may do on another drill (or on no drill in particular) nothing it may do on its own", () => {
    for (const actor of confined) {
      expect(allowed(actor, "drill-a").length).toBeGreaterThan(0);
      expect(allowed(actor, "drill-b")).toEqual([]);
      expect(allowed(actor)).toEqual([]);
      const [permission] = allowed(actor, "drill-a");
      expect(refusal(actor, permission!, "drill-b")).toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("authorize()", () => {
  it("tells an anonymous caller to sign in (401), whatever it asked for", () => {
    for (const permission of ALL) {
      const error = refusal(anonymousActor, permission);
      expect(error).toBeInstanceOf(UnauthenticatedError);
      expect((error as UnauthenticatedError).status).toBe(401);
    }
  });

  it("tells everyone else what they lack (403)", () => {
    const error = refusal(person("observer"), "drill.run");
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).status).toBe(403);
    expect(error.message).toBe("An observer cannot run drills.");
    expect(refusal(person("facilitator"), "user.manage").message).toBe("A facilitator cannot manage users.");
    expect(refusal({ type: "viewer", id: "l", name: "v", drillId: "a" }, "drill.read", "b")).toBeInstanceOf(ForbiddenError);
  });

  it("passes when any one of several permissions is held", () => {
    expect(() => authorize({ actor: { type: "guest", name: "g", drillId: "a" } }, ["drill.run", "chat.respond"], { drillId: "a" })).not.toThrow();
    expect(refusal(person("observer"), ["drill.run", "share.manage"])).toBeInstanceOf(ForbiddenError);
  });

  it("lets the system do everything, on any drill", () => {
    expect(allowed(systemActor)).toEqual(ALL);
    expect(allowed(systemActor, "drill-z")).toEqual(ALL);
    for (const permission of ALL) expect(() => authorize({ actor: systemActor }, permission, { drillId: "drill-z" })).not.toThrow();
  });
});
