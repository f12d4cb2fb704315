import { describe, expect, it } from "vitest";
import { getChannel } from "../../lib/channel/get-channel";
import { getChannelTimeline } from "../../lib/channel/channel-timeline";
import { addNote } from "../../lib/drills/add-note";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getDrill } from "../../lib/drills/get";
import { getTimeline } from "../../lib/drills/timeline";
import { ValidationError } from "../../lib/errors";
import { createPlannedDrill, createRunningDrill, marker, observer, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx(observer);

describe("observer notes", () => {
  it("carry tags and are pinned to the latest event unless told otherwise", async () => {
    const { drillId } = await createRunningDrill();
    const alert = await fireAlert({ ctx: staffCtx(), input: { drillId, data: { alertId: "alert-1" } } });
    const latest = await addNote({ ctx, input: { drillId, data: { text: "They saw it at once", tags: ["good_call", "insight", "good_call"] } } });
    expect(latest).toMatchObject({ kind: "note.added", audience: "staff", body: { text: "They saw it at once", tags: ["good_call", "insight"], pinnedSeq: alert.id } });
    const pinned = await addNote({ ctx, input: { drillId, data: { text: "Nobody said the briefing out loud", tags: ["communication"], pinnedSeq: 2 } } });
    expect(pinned.body).toEqual({ text: "Nobody said the briefing out loud", tags: ["communication"], pinnedSeq: 2 });
    const untagged = await addNote({ ctx, input: { drillId, data: { text: "plain" } } });
    expect(untagged.body).toEqual({ text: "plain", tags: [], pinnedSeq: pinned.id });
  });

  it("rejects unknown tags and pins to events the drill does not have, appending nothing", async () => {
    const { drillId } = await createRunningDrill();
    const other = await createRunningDrill();
    for (let index = 0; index < 5; index++) await addNote({ ctx, input: { drillId: other.drillId, data: { text: `filler ${index}` } } });
    const before = (await getDrill({ ctx, input: { id: drillId } })).lastSeq;
    const problems = async (data: unknown) => ((await rejectionOf(addNote({ ctx, input: { drillId, data: data as never } }))) as ValidationError).problems;
    expect(await problems({ text: "x", tags: ["insight", "blame"] })).toEqual([{ path: "tags[1]", message: "must be one of insight, mistake, good_call, communication, escalation" }]);
    expect(await problems({ text: "x", tags: "insight" })).toEqual([{ path: "tags", message: "must be a list of tags" }]);
    expect(await problems({ text: "x", pinnedSeq: 6 })).toEqual([{ path: "pinnedSeq", message: "is not an event of this drill (#6)" }]);
    expect(await problems({ text: "x", pinnedSeq: 1.5 })).toMatchObject([{ path: "pinnedSeq" }]);
    expect(await rejectionOf(addNote({ ctx, input: { drillId, data: { text: "x", pinnedSeq: 0 } } }))).toBeInstanceOf(ValidationError);
    expect((await getDrill({ ctx, input: { id: drillId } })).lastSeq).toBe(before);
  });

  it("never reach participants, tags and pins included", async () => {
    const { drillId, channelToken: token } = await createPlannedDrill();
    const secret = marker("observer-insight");
    await addNote({ ctx, input: { drillId, data: { text: secret, tags: ["mistake"] } } });
    const guest = { actor: { type: "system" as const, name: "guest" } };
    const seen = JSON.stringify([await getChannel({ ctx: guest, input: { token } }), await getChannelTimeline({ ctx: guest, input: { token } })]);
    expect(seen).not.toContain(secret);
    expect(seen).not.toContain("mistake");
    expect(seen).not.toContain("note.added");
    const staff = await getTimeline({ ctx, input: { drillId, viewer: "staff" } });
    expect(staff.at(-1)).toMatchObject({ kind: "note.added", body: { text: secret, tags: ["mistake"], pinnedSeq: 1 } });
  });
});
