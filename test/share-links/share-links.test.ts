import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as watchRoute } from "../../app/api/watch/[token]/route";
import { GET as watchTimelineRoute } from "../../app/api/watch/[token]/timeline/route";
import { linkHolder } from "../../lib/identity/link-holder";
import type { Ctx } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { addNote } from "../../lib/drills/add-note";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getDrill } from "../../lib/drills/get";
import { getTimeline } from "../../lib/drills/timeline";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { listShareLinks } from "../../lib/share-links/list-share-links";
import { openShareLink } from "../../lib/share-links/open-share-link";
import { revokeShareLink } from "../../lib/share-links/revoke-share-link";
import { getWatchedDrill, getWatchedTimeline, streamWatchedTimeline } from "../../lib/share-links/watch";
import { createTestUser } from "../auth";
import { createRunningDrill, marker, rejectionOf } from "../factories";

const anyone: Ctx = { actor: linkHolder };
const tokenOf = (path: string) => path.replace(/^\/watch\//, "");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function sharedDrill(expiresInHours?: number) {
  const facilitator = await createTestUser("facilitator");
  const drill = await createRunningDrill({}, { actor: facilitator.actor });
  const link = await createShareLink({ ctx: { actor: facilitator.actor }, input: { drillId: drill.drillId, data: { label: marker("payments leads"), ...(expiresInHours ? { expiresInHours } : {}) } } });
  return { facilitator, ...drill, link, token: tokenOf(link.path) };
}

const auditFor = (drillId: string, action: string) => prisma().auditEntry.findMany({ where: { targetType: "drill", targetId: drillId, action }, orderBy: { id: "asc" } });

describe("creating a share link", () => {
  it("answers the path /watch/<token> once, and keeps only the token's hash", async () => {
    const { link, token, drillId } = await sharedDrill();
    expect(link.path).toMatch(/^\/watch\/[A-Za-z0-9_-]{32}$/);
    expect(link).toMatchObject({ drillId, state: "active", revokedAt: null });

    const rows = await prisma().$queryRaw<Record<string, unknown>[]>`SELECT * FROM "ShareLink" WHERE "id" = ${link.id}`;
    expect(rows[0]!.tokenHash).toBe(sha256(token));
    for (const [column, value] of Object.entries(rows[0]!)) expect(JSON.stringify(value) ?? "", `column ${column}`).not.toContain(token);

    const listed = JSON.stringify(await listShareLinks({ ctx: { actor: (await createTestUser("facilitator")).actor }, input: { drillId } }));
    expect(listed).toContain(link.id);
    expect(listed).not.toContain(token);
  });

  it("is refused to an observer (403), and writes nothing", async () => {
    const observer = await createTestUser("observer");
    const { drillId } = await createRunningDrill();
    const error = await rejectionOf(createShareLink({ ctx: { actor: observer.actor }, input: { drillId, data: { label: "for me" } } }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).status).toBe(403);
    expect(await prisma().shareLink.count({ where: { drillId } })).toBe(0);
    expect(await auditFor(drillId, "share_link.created")).toEqual([]);
  });

  it("is audited when created and when revoked, once", async () => {
    const { facilitator, drillId, link } = await sharedDrill();
    expect(await auditFor(drillId, "share_link.created")).toMatchObject([{ actorId: facilitator.id, detail: { linkId: link.id, label: link.label, expiresAt: link.expiresAt } }]);

    const admin = await createTestUser("admin");
    await revokeShareLink({ ctx: { actor: admin.actor }, input: { drillId, linkId: link.id } });
    await revokeShareLink({ ctx: { actor: admin.actor }, input: { drillId, linkId: link.id } });
    expect(await auditFor(drillId, "share_link.revoked")).toMatchObject([{ actorType: "admin", actorId: admin.id, detail: { linkId: link.id, label: link.label } }]);
  });
});

describe("watching through a share link", () => {
  it("shows the drill without the participants' channel link", async () => {
    const { token, drillId } = await sharedDrill();
    const drill = await getWatchedDrill({ ctx: anyone, input: { token } });
    expect(drill).toMatchObject({ id: drillId, status: "running" });
    expect(drill.channelToken).toBeNull();
    // Hidden fields are part of what observers see, so viewers see them too.
    expect(drill.script.rootCause).toMatch(/^secret-root-cause-/);

    const response = await watchRoute(new Request(`http://drillroom.test/api/watch/${token}`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: drillId, channelToken: null });
  });

  it("shows the timeline as observers see it, less their notes, in the read, the route and the stream", async () => {
    const { token, drillId, facilitator } = await sharedDrill();
    const observer = await createTestUser("observer");
    const text = marker("observer note");
    const noted = await addNote({ ctx: { actor: observer.actor }, input: { drillId, data: { text } } });
    const later = await recordMilestone({ ctx: { actor: facilitator.actor }, input: { drillId, data: { milestone: "acknowledged" } } });

    const observed = await getTimeline({ ctx: { actor: observer.actor }, input: { drillId, viewer: "staff" } });
    const watched = await getWatchedTimeline({ ctx: anyone, input: { token } });
    expect(observed.some((event) => event.kind === "note.added")).toBe(true);
    expect(watched).toEqual(observed.filter((event) => event.kind !== "note.added"));
    expect(watched.some((event) => event.audience === "staff")).toBe(true);

    const response = await watchTimelineRoute(new Request(`http://drillroom.test/api/watch/${token}/timeline`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).not.toContain(text);

    const abort = new AbortController();
    const reader = (await streamWatchedTimeline({ ctx: anyone, input: { token, after: 0, signal: abort.signal } })).getReader();
    let received = "";
    while (!received.includes(`id: ${later.id}\n`)) {
      const { value, done } = await reader.read();
      if (done) break;
      received += new TextDecoder().decode(value);
    }
    abort.abort();
    expect(received).toContain(`id: ${later.id}\n`);
    expect(received).not.toContain(text);
    expect(received).not.toContain(`id: ${noted.id}\n`);
  });

  it("stops at once when revoked, for the page and the route alike (404)", async () => {
    const { facilitator, token, drillId, link } = await sharedDrill();
    await getWatchedDrill({ ctx: anyone, input: { token } });
    await revokeShareLink({ ctx: { actor: facilitator.actor }, input: { drillId, linkId: link.id } });
    expect(await rejectionOf(getWatchedDrill({ ctx: anyone, input: { token } }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(getWatchedTimeline({ ctx: anyone, input: { token } }))).toBeInstanceOf(NotFoundError);
    expect((await watchRoute(new Request(`http://drillroom.test/api/watch/${token}`), { params: Promise.resolve({ token }) })).status).toBe(404);
  });

  it("stops when expired, and says the same as for a link that never existed", async () => {
    const { token, link } = await sharedDrill(2);
    expect(link.state).toBe("active");
    await getWatchedDrill({ ctx: anyone, input: { token } });
    await prisma().shareLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await rejectionOf(getWatchedDrill({ ctx: anyone, input: { token } }));
    expect(expired).toBeInstanceOf(NotFoundError);
    const unknown = await rejectionOf(getWatchedDrill({ ctx: anyone, input: { token: `${token}x` } }));
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(expired.message).toBe(unknown.message);
  });

  it("cannot be revoked through another drill", async () => {
    const { facilitator, token, link } = await sharedDrill();
    const other = await createRunningDrill();
    const error = await rejectionOf(revokeShareLink({ ctx: { actor: facilitator.actor }, input: { drillId: other.drillId, linkId: link.id } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((await getWatchedDrill({ ctx: anyone, input: { token } })).id).toBe(link.drillId);
  });
});

describe("the viewer a share link makes", () => {
  it("cannot act on the drill it watches", async () => {
    const { token, drillId, definition } = await sharedDrill();
    const viewer = await openShareLink(anyone, token);
    expect(viewer.ctx.actor).toMatchObject({ type: "viewer", drillId });
    const lastSeq = (await getDrill({ ctx: viewer.ctx, input: { id: drillId } })).lastSeq;

    const attempts = [
      addNote({ ctx: viewer.ctx, input: { drillId, data: { text: "a viewer's note" } } }),
      fireAlert({ ctx: viewer.ctx, input: { drillId, data: { alertId: definition.alerts![0]!.id } } }),
      triggerInjection({ ctx: viewer.ctx, input: { drillId, data: { stepId: definition.injections[0]!.id } } }),
      createShareLink({ ctx: viewer.ctx, input: { drillId, data: { label: "passed on" } } }),
    ];
    for (const attempt of attempts) {
      const error = await rejectionOf(attempt);
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(error.message).toMatch(/^A viewer cannot /);
    }
    expect((await getDrill({ ctx: viewer.ctx, input: { id: drillId } })).lastSeq).toBe(lastSeq);
  });

  it("does not open another drill", async () => {
    const { token } = await sharedDrill();
    const other = await createRunningDrill();
    const viewer = await openShareLink(anyone, token);
    expect(await rejectionOf(getDrill({ ctx: viewer.ctx, input: { id: other.drillId } }))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(getTimeline({ ctx: viewer.ctx, input: { drillId: other.drillId, viewer: "staff" } }))).toBeInstanceOf(ForbiddenError);
  });
});
