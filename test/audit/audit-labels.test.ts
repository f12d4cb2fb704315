import { describe, expect, it } from "vitest";
import { listAudit } from "../../lib/audit/list-audit";
import { prisma } from "../../lib/db/client";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { createUser } from "../../lib/users/create-user";
import { updateUser } from "../../lib/users/update-user";
import { createTestUser, sessionCookieFor } from "../auth";
import { createPlannedDrill, marker } from "../factories";

/** Audit rows are read by people: each names its target (a drill's title, a user's email), and keeps the id. */
describe("audit entries name their target", () => {
  it("a share link's entry names the drill by its title", async () => {
    const title = marker("Audited drill");
    const admin = { actor: (await createTestUser("admin")).actor };
    const { drillId } = await createPlannedDrill();
    await prisma().drill.update({ where: { id: drillId }, data: { title } });
    await createShareLink({ ctx: admin, input: { drillId, data: { label: "payments leads", expiresInHours: 1 } } });
    const { entries } = await listAudit({ ctx: admin, input: { action: "share_link.created", actor: admin.actor.name } });
    expect(entries.find((entry) => entry.target?.id === drillId)?.target).toEqual({ type: "drill", id: drillId, label: title });
  });

  it("user entries, sign-ins included, name the user by email", async () => {
    const admin = { actor: (await createTestUser("admin", marker("Label admin"))).actor };
    const email = `${marker("labelled").toLowerCase().replace(/[^a-z0-9]/g, "")}@example.com`;
    const created = await createUser({ ctx: admin, input: { name: "Labelled Person", email, role: "observer", password: "a long enough password" } });
    await updateUser({ ctx: admin, input: { userId: created.id, data: { role: "facilitator" } } });
    await sessionCookieFor(email, "a long enough password");
    const rows = await prisma().auditEntry.findMany({ where: { targetType: "user", targetId: created.id }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.action, row.targetLabel])).toEqual([
      ["user.created", email],
      ["user.role_changed", email],
      ["user.signed_in", email],
    ]);
    const { entries } = await listAudit({ ctx: admin, input: { action: "user.signed_in", actor: "Labelled Person" } });
    expect(entries[0]?.target).toEqual({ type: "user", id: created.id, label: email });
  });
});
