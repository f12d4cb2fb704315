import { describe, expect, it } from "vitest";
import { linkHolder } from "../../lib/identity/link-holder";
import { acknowledgeInChannel } from "../../lib/channel/acknowledge-in-channel";
import { getChannelTimeline } from "../../lib/channel/channel-timeline";
import { joinChannel } from "../../lib/channel/join-channel";
import { postMessage } from "../../lib/channel/post-message";
import { slackParticipantActor } from "../../lib/channel/slack/inbound/people";
import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getDrill } from "../../lib/drills/get";
import { startDrill } from "../../lib/drills/start";
import { getTimeline } from "../../lib/drills/timeline";
import { ConflictError, ForbiddenError, UnauthenticatedError } from "../../lib/errors";
import { getRoster } from "../../lib/drills/roster/get-roster";
import { createTestScenario, observer, rejectionOf, staffCtx } from "../factories";
import { makeRoster } from "../support/roster";

const staff = staffCtx();
const guest = { actor: linkHolder };

async function drillWithRoster({ start }: { start: boolean }) {
  const { scenario } = await createTestScenario();
  const { id: drillId } = await createDrill({ ctx: staff, input: { scenarioId: scenario.id, roster: makeRoster() } });
  if (start) await startDrill({ ctx: staff, input: { drillId } });
  const { channelToken } = await getDrill({ ctx: staff, input: { id: drillId } });
  return { drillId, token: channelToken! };
}

/** The personal key is in the link's fragment, so it never reaches a server log or a Referer header. */
async function personalKey(drillId: string, name: string): Promise<string> {
  const person = (await getRoster({ ctx: staff, input: { drillId } })).people.find((candidate) => candidate.name === name)!;
  const link = new URL(person.personalLink!);
  expect(link.hash).toMatch(/^#key=drp_/);
  return new URLSearchParams(link.hash.slice(1)).get("key")!;
}

const chatKinds = async (drillId: string) => (await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } })).filter((event) => event.kind === "chat.message");

describe("who speaks in the built-in channel", () => {
  it("takes the speaker from the key, never from the body: no key, a forged key or another drill's key is refused", async () => {
    const { drillId, token } = await drillWithRoster({ start: true });
    const other = await drillWithRoster({ start: true });
    const victim = await joinChannel({ ctx: guest, input: { token, data: { displayName: "Rae" } } });
    const outsider = await joinChannel({ ctx: guest, input: { token: other.token, data: { displayName: "Outsider" } } });

    const unsigned = await rejectionOf(postMessage({ ctx: guest, input: { token, data: { participantId: victim.participantId, text: "I am Rae" } as never } }));
    expect(unsigned).toBeInstanceOf(UnauthenticatedError);
    expect(unsigned.message).toMatch(/join the channel/i);
    const tampered = `${await personalKey(drillId, "Mina Newest")}x`;
    for (const secret of ["drp_forged-key", tampered, outsider.secret!, await personalKey(other.drillId, "Mina Newest")]) {
      const error = await rejectionOf(postMessage({ ctx: guest, input: { token, secret, data: { participantId: victim.participantId, text: "I am Rae" } as never } }));
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(error.message).toMatch(/not valid for this channel/);
    }
    expect(await chatKinds(drillId)).toEqual([]);

    // Whatever id the body names, the message is the key holder's.
    const mine = await joinChannel({ ctx: guest, input: { token, data: { displayName: "Jun" } } });
    const posted = await postMessage({ ctx: guest, input: { token, secret: mine.secret!, data: { participantId: victim.participantId, text: "on it" } as never } });
    expect(posted.actor).toMatchObject({ type: "participant", id: mine.participantId, name: "Jun" });
    expect(posted.body).toMatchObject({ participantId: mine.participantId, text: "on it" });
  });

  it("ties the participant a personal link opens to its roster entry, under the roster name, and resumes it", async () => {
    const { drillId, token } = await drillWithRoster({ start: true });
    const roster = await getRoster({ ctx: staff, input: { drillId } });
    const mina = roster.people.find((person) => person.name === "Mina Newest")!;
    expect(mina.personalLink).toContain(`/channel/${token}#key=`);
    const secret = await personalKey(drillId, "Mina Newest");
    expect(await personalKey(drillId, "Mina Newest")).toBe(secret); // the same link every time the roster is shown

    const joined = await joinChannel({ ctx: guest, input: { token, secret, data: { displayName: "Somebody Else" } } });
    expect(joined).toMatchObject({ displayName: "Mina Newest", guest: false });
    expect(joined.secret).toBeUndefined(); // the key is the link's; nothing new to hand out
    const again = await joinChannel({ ctx: guest, input: { token, secret, data: {} } });
    expect(again.participantId).toBe(joined.participantId);

    const row = await prisma().participant.findUniqueOrThrow({ where: { id: joined.participantId } });
    expect(row).toMatchObject({ drillId, rosterMemberId: mina.id, displayName: "Mina Newest" });
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret);

    const posted = await postMessage({ ctx: guest, input: { token, secret, data: { text: "Mina here, looking" } } });
    expect(posted.actor).toMatchObject({ type: "participant", id: joined.participantId, name: "Mina Newest" });
    const joins = (await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } })).filter((event) => event.kind === "participant.joined");
    expect(joins).toHaveLength(1);

    // Personal links are credentials: only people who run the drill see them.
    const seenByObserver = await getRoster({ ctx: { actor: observer }, input: { drillId } });
    expect(seenByObserver.people.every((person) => person.personalLink === null)).toBe(true);
    expect(JSON.stringify(seenByObserver)).not.toContain(secret);
  });

  it("gives every guest a key of their own, handed out once", async () => {
    const { drillId, token } = await drillWithRoster({ start: true });
    const first = await joinChannel({ ctx: guest, input: { token, data: { displayName: "Rae" } } });
    const second = await joinChannel({ ctx: guest, input: { token, data: { displayName: "Rae" } } });
    expect(first).toMatchObject({ displayName: "Rae", guest: true });
    expect(first.secret).toMatch(/^drp_/);
    expect(second.secret).toMatch(/^drp_/);
    expect(second.secret).not.toBe(first.secret);
    expect(second.participantId).not.toBe(first.participantId);

    const resumed = await joinChannel({ ctx: guest, input: { token, secret: first.secret!, data: {} } });
    expect(resumed).toEqual({ participantId: first.participantId, displayName: "Rae", guest: true });
    const posted = await postMessage({ ctx: guest, input: { token, secret: second.secret!, data: { text: "second Rae" } } });
    expect(posted.actor.id).toBe(second.participantId);
    const rows = await prisma().participant.findMany({ where: { drillId } });
    expect(rows.every((row) => row.rosterMemberId === null && row.secretHash !== first.secret && row.secretHash !== second.secret)).toBe(true);
    expect((await getRoster({ ctx: staff, input: { drillId } })).guests.map((person) => person.name)).toEqual(["Rae", "Rae"]);
  });
});

describe("the roster tells the truth", () => {
  it("shows in channel only those who joined, invited those paged in, and not joined the rest", async () => {
    const { drillId, token } = await drillWithRoster({ start: false });
    const states = async () => Object.fromEntries((await getRoster({ ctx: staff, input: { drillId } })).people.map((person) => [person.name, person.channel]));
    expect(Object.values(await states()).every((state) => state === "not_joined")).toBe(true);

    await startDrill({ ctx: staff, input: { drillId } });
    const secret = await personalKey(drillId, "Mina Newest");
    await joinChannel({ ctx: guest, input: { token, secret, data: {} } });
    await joinChannel({ ctx: guest, input: { token, data: { displayName: "Walk-in Wes" } } });
    expect(await states()).toEqual({
      "Fay Facilitator": "invited",
      "Ian Commander": "invited",
      "Mina Newest": "in_channel",
      "Ahn Newest": "invited",
      "Seo Senior": "not_joined",
      "Kim Lead": "not_joined",
      "Park Senior": "not_joined",
      "Oz Observer": "not_joined",
    });
    const roster = await getRoster({ ctx: staff, input: { drillId } });
    expect(roster.people.find((person) => person.name === "Mina Newest")!.joinedAt).not.toBeNull();
    expect(roster.guests.map((person) => person.name)).toEqual(["Walk-in Wes"]);
  });

  it("counts a Slack user as in the channel once Slack has them there", async () => {
    const { drillId } = await drillWithRoster({ start: true });
    await prisma().drill.update({ where: { id: drillId }, data: { chatProvider: "slack" } });
    await slackParticipantActor(prisma(), drillId, "U0IAN", "Ian Commander");
    await slackParticipantActor(prisma(), drillId, "U0STRANGER", "Stranger");
    const roster = await getRoster({ ctx: staff, input: { drillId } });
    const ian = roster.people.find((person) => person.name === "Ian Commander")!;
    expect(ian.channel).toBe("in_channel");
    expect(roster.people.find((person) => person.name === "Mina Newest")!.channel).toBe("invited");
    expect(roster.people.every((person) => person.personalLink === null)).toBe(true); // Slack drills have no built-in channel
    expect(roster.guests.map((person) => person.name)).toEqual(["Stranger"]);
  });
});

describe("acknowledging a page from the built-in channel", () => {
  it("records the acknowledgement as the key's participant, once, and everyone in the channel sees who", async () => {
    const { drillId, token } = await drillWithRoster({ start: true });
    await fireAlert({ ctx: staff, input: { drillId, data: { alertId: "alert-2" } } });
    const secret = await personalKey(drillId, "Mina Newest");
    await joinChannel({ ctx: guest, input: { token, secret, data: {} } });
    const walkIn = await joinChannel({ ctx: guest, input: { token, data: { displayName: "Walk-in Wes" } } });

    expect(await rejectionOf(acknowledgeInChannel({ ctx: guest, input: { token, data: { alertId: "alert-2" } } }))).toBeInstanceOf(UnauthenticatedError);
    expect(await rejectionOf(acknowledgeInChannel({ ctx: guest, input: { token, secret: "drp_forged", data: { alertId: "alert-2" } } }))).toBeInstanceOf(ForbiddenError);

    const ack = await acknowledgeInChannel({ ctx: guest, input: { token, secret, data: { alertId: "alert-2" } } });
    expect(ack.milestone).toBe(true);
    expect(ack.event).toMatchObject({ kind: "alert.acknowledged", actor: { type: "participant", name: "Mina Newest" }, body: { alertId: "alert-2", via: "channel" } });

    const late = await rejectionOf(acknowledgeInChannel({ ctx: guest, input: { token, secret: walkIn.secret!, data: { alertId: "alert-2" } } }));
    expect(late).toBeInstanceOf(ConflictError);
    expect(late.message).toMatch(/already acknowledged by Mina Newest/);

    const staffTimeline = await getTimeline({ ctx: staff, input: { drillId, viewer: "staff" } });
    expect(staffTimeline.filter((event) => event.kind === "alert.acknowledged")).toHaveLength(1);
    expect(staffTimeline.filter((event) => event.kind === "milestone.recorded" && event.body.milestone === "acknowledged")).toHaveLength(1);
    const channel = await getChannelTimeline({ ctx: guest, input: { token } });
    expect(channel.find((event) => event.kind === "alert.acknowledged")).toMatchObject({ actor: { name: "Mina Newest" }, body: { alertId: "alert-2" } });
  });
});
