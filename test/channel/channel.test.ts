import { describe, expect, it } from "vitest";
import { getChannelTimeline } from "../../lib/channel/channel-timeline";
import { getChannel } from "../../lib/channel/get-channel";
import { linkHolder } from "../../lib/identity/link-holder";
import { joinChannel } from "../../lib/channel/join-channel";
import { postMessage } from "../../lib/channel/post-message";
import { addNote } from "../../lib/drills/add-note";
import { endDrill } from "../../lib/drills/end";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getTimeline } from "../../lib/drills/timeline";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { releaseHint } from "../../lib/drills/release-hint";
import { startDrill } from "../../lib/drills/start";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { ForbiddenError, InvalidStateError, NotFoundError } from "../../lib/errors";
import { createPlannedDrill, createRunningDrill, marker, observer, rejectionOf, staffCtx } from "../factories";

const staff = staffCtx();
const guest = { actor: linkHolder };
const PARTICIPANT_KINDS = ["drill.started", "drill.ended", "alert.fired", "hint.released", "participant.joined", "chat.message"];

describe("the participants' channel", () => {
  it("shows participants nothing meant for staff", async () => {
    const { drillId, channelToken: token, definition } = await createPlannedDrill();
    const observerNote = marker("observer-note");
    const seen: unknown[] = [];
    const see = <T>(value: T): T => (seen.push(value), value);

    see(await getChannel({ ctx: guest, input: { token } }));
    const joined = see(await joinChannel({ ctx: guest, input: { token, data: { displayName: "Rae" } } }));
    await addNote({ ctx: { actor: observer }, input: { drillId, data: { text: observerNote } } });
    await startDrill({ ctx: staff, input: { drillId } });
    await fireAlert({ ctx: staff, input: { drillId, data: { alertId: "alert-1" } } });
    await triggerInjection({ ctx: staff, input: { drillId, data: { stepId: "inj-1", note: marker("injection-note") } } });
    await recordMilestone({ ctx: staff, input: { drillId, data: { milestone: "acknowledged", note: marker("milestone-note") } } });
    await releaseHint({ ctx: staff, input: { drillId, data: {} } });
    see(await postMessage({ ctx: guest, input: { token, secret: joined.secret, data: { text: "Looking at orders-db" } } }));
    see(await getChannel({ ctx: guest, input: { token } }));
    const channelTimeline = see(await getChannelTimeline({ ctx: guest, input: { token } }));
    see(await getChannelTimeline({ ctx: guest, input: { token, after: 2 } }));

    expect(channelTimeline.map((event) => event.kind)).toEqual(["participant.joined", "drill.started", "alert.fired", "hint.released", "chat.message"]);
    expect(channelTimeline.every((event) => event.audience === "everyone")).toBe(true);
    const staffTimeline = await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } });
    expect(staffTimeline.filter((event) => event.audience === "staff").map((event) => event.kind)).toEqual([
      "drill.created", "note.added", "injection.executed", "milestone.recorded",
    ]);

    const everything = JSON.stringify(seen);
    expect(everything).toContain(definition.alerts![0]!.title); // the fired alert is the participants' to see
    expect(everything).toContain(definition.briefing!);
    for (const secret of [definition.rootCause, ...definition.modelAnswer, observerNote, definition.alerts![1]!.title, definition.alerts![2]!.title]) {
      expect(everything).not.toContain(secret);
    }
    for (const staffOnly of staffTimeline.filter((event) => event.audience === "staff")) {
      expect(everything).not.toContain(JSON.stringify(staffOnly.body));
    }
    // Alerts and hints come from the channel's bot: no facilitator's name or id reaches participants.
    expect(everything).not.toContain(staff.actor.name);
    expect(channelTimeline.filter((event) => event.actor.type !== "participant").map((event) => event.actor.name)).toEqual(["drillroom", "drillroom", "drillroom"]);
  });

  it("hides the briefing until the drill starts", async () => {
    const { drillId, channelToken: token, definition } = await createPlannedDrill();
    const before = await getChannel({ ctx: guest, input: { token } });
    expect(before).toMatchObject({ status: "planned", briefing: null });
    expect(before.name).toMatch(/^drill-\d{4}-\d\d-\d\d-.{4}$/);
    await startDrill({ ctx: staff, input: { drillId } });
    expect(await getChannel({ ctx: guest, input: { token } })).toMatchObject({ status: "running", briefing: definition.briefing });
  });

  it("refuses a post from someone who has not joined this drill's channel", async () => {
    const { drillId, channelToken: token } = await createRunningDrill();
    const other = await createRunningDrill();
    const outsider = await joinChannel({ ctx: guest, input: { token: other.channelToken, data: { displayName: "Outsider" } } });
    for (const secret of ["drp_never-joined", outsider.secret!]) {
      const error = await rejectionOf(postMessage({ ctx: guest, input: { token, secret, data: { participantId: outsider.participantId, text: "hello" } as never } }));
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(error.message).toBe("This participant key is not valid for this channel: open your personal link again, or join with a display name.");
    }
    const kinds = (await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } })).map((event) => event.kind);
    expect(kinds).not.toContain("chat.message");
  });

  it("closes the channel to joining and posting once the drill has ended", async () => {
    const { drillId, channelToken: token } = await createRunningDrill();
    const joined = await joinChannel({ ctx: guest, input: { token, data: { displayName: "Rae" } } });
    await endDrill({ ctx: staff, input: { drillId, data: { outcome: "mitigated" } } });
    expect(await rejectionOf(joinChannel({ ctx: guest, input: { token, data: { displayName: "Late" } } }))).toBeInstanceOf(InvalidStateError);
    const post = postMessage({ ctx: guest, input: { token, secret: joined.secret, data: { text: "still here?" } } });
    expect(await rejectionOf(post)).toBeInstanceOf(InvalidStateError);
  });

  it("treats an unknown channel token as not found", async () => {
    const error = await rejectionOf(getChannel({ ctx: guest, input: { token: "no-such-token" } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe("Channel was not found");
    expect(await rejectionOf(getChannelTimeline({ ctx: guest, input: { token: "no-such-token" } }))).toBeInstanceOf(NotFoundError);
  });

  it("only ever hands participants the participant kinds", async () => {
    const { channelToken: token } = await createRunningDrill();
    const kinds = (await getChannelTimeline({ ctx: guest, input: { token } })).map((event) => event.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((kind) => PARTICIPANT_KINDS.includes(kind))).toBe(true);
  });
});
