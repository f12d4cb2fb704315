import { describe, expect, it, vi } from "vitest";
import type { ChannelPost, ChatPerson, ChatPort } from "../../../lib/chat/port";
import { prisma } from "../../../lib/db/client";
import { startDrill } from "../../../lib/drills/start";
import { getTimeline } from "../../../lib/drills/timeline";
import { escalateToTeam } from "../../../lib/drills/roster/escalate-to-team";
import { getRoster } from "../../../lib/drills/roster/get-roster";
import { setRoster } from "../../../lib/drills/roster/set-roster";
import { createPlannedDrill, staffCtx } from "../../factories";

// A chat provider with a directory, as Slack has (users.lookupByEmail): it finds people by email only.
const directory: Record<string, string> = { "ian@example.test": "U0IAN", "seo@example.test": "U0SEO" };
const posts: ChannelPost[] = [];
const lookups: ChatPerson[][] = [];
const fakePort: ChatPort = {
  provider: "fake",
  async queue(_tx, _channel, post) {
    posts.push(post);
  },
  async findPeople(people) {
    lookups.push(people);
    return people.map((person) => ({ ...person, slackId: person.email ? (directory[person.email] ?? null) : null }));
  },
  canInvite: (person) => Boolean(person.slackId),
};

vi.mock("../../../lib/chat/index", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../lib/chat/index")>();
  const isFake = (provider: string) => provider === "fake";
  return {
    ...original,
    chatPortFor: (provider: string) => (isFake(provider) ? fakePort : original.chatPortFor(provider)),
    queueChannelPost: (tx: never, channel: { provider: string }, post: ChannelPost) =>
      isFake(channel.provider) ? fakePort.queue(tx, channel as never, post) : original.queueChannelPost(tx, channel as never, post),
  };
});

const ctx = staffCtx();

describe("the roster through a chat provider with a directory", () => {
  it("looks people up when the roster is saved and reports who it could not find at the declaration", async () => {
    const { drillId } = await createPlannedDrill();
    await prisma().drill.update({ where: { id: drillId }, data: { chatProvider: "fake" } });
    const people = [
      { name: "Ian Commander", role: "incident_commander" as const, email: "ian@example.test" },
      { name: "Mina Newest", role: "active_responder" as const, email: "mina@example.test" },
      { name: "Ahn Newest", role: "active_responder" as const },
      { name: "Seo Senior", role: "escalation_responder" as const, team: "Match", email: "seo@example.test" },
    ];
    const saved = await setRoster({ ctx, input: { drillId, data: { people } } });
    expect(lookups.at(-1)!.map((person) => person.name)).toEqual(people.map((person) => person.name));
    expect(saved.people.map((person) => person.slackId)).toEqual(["U0IAN", null, null, "U0SEO"]);

    await startDrill({ ctx, input: { drillId } });
    const invited = (await getTimeline({ ctx, input: { drillId, viewer: "staff" } })).at(-1)!;
    expect(invited).toMatchObject({ kind: "roster.invited", body: { people: [{ name: "Ian Commander", role: "incident_commander" }], notFound: ["Mina Newest", "Ahn Newest"] } });
    expect(posts).toContainEqual({
      kind: "roster",
      people: [{ name: "Ian Commander", role: "incident_commander", team: null, email: "ian@example.test", slackId: "U0IAN" }],
      notFound: ["Mina Newest", "Ahn Newest"],
    });
    const roster = await getRoster({ ctx, input: { drillId } });
    expect(roster.people.map((person) => Boolean(person.invitedAt))).toEqual([true, false, false, false]);

    await escalateToTeam({ ctx, input: { drillId, data: { team: "Match" } } });
    expect(posts.at(-1)).toEqual({ kind: "escalation", team: "Match", people: [{ name: "Seo Senior", role: "escalation_responder", team: "Match", email: "seo@example.test", slackId: "U0SEO" }] });
  });
});
