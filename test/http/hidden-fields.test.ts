import { describe, expect, it } from "vitest";
import { GET as channelRoute } from "../../app/api/channel/[token]/route";
import { POST as messagesRoute } from "../../app/api/channel/[token]/messages/route";
import { POST as participantsRoute } from "../../app/api/channel/[token]/participants/route";
import { GET as streamRoute } from "../../app/api/channel/[token]/stream/route";
import { GET as timelineRoute } from "../../app/api/channel/[token]/timeline/route";
import { GET as watchRoute } from "../../app/api/watch/[token]/route";
import { hashParticipantKey } from "../../lib/drills/roster/personal-key";
import { PARTICIPANT_KEY_HEADER } from "../../lib/channel/schemas";
import { getChannelTimeline } from "../../lib/channel/channel-timeline";
import { useSlackConfig } from "../../lib/chat/slack/config";
import { prisma } from "../../lib/db/client";
import { abortDrill } from "../../lib/drills/abort-drill";
import { addNote } from "../../lib/drills/add-note";
import { createDrill } from "../../lib/drills/create";
import { endDrill } from "../../lib/drills/end";
import { startDrill } from "../../lib/drills/start";
import { getTimeline } from "../../lib/drills/timeline";
import { fireAlert } from "../../lib/drills/fire-alert";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { releaseHint } from "../../lib/drills/release-hint";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { createRunningDrill, createTestScenario, marker, observer, staffCtx } from "../factories";

const ctx = staffCtx();
const ORIGIN = "http://drillroom.test";
const params = (token: string) => ({ params: Promise.resolve({ token }) });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

/** The first chunk a live stream sends (the replay of what happened so far), then the stream is closed. */
async function firstChunk(response: Response, abort: AbortController): Promise<string> {
  const reader = response.body!.getReader();
  let text = "";
  while (!text.includes("event: timeline")) text += new TextDecoder().decode((await reader.read()).value);
  abort.abort();
  await reader.cancel().catch(() => {});
  return text;
}

describe("what participants receive over HTTP", () => {
  it("never carries the root cause, the model answer, notes, injections, the upcoming script or the scenario's title", async () => {
    const publicTitle = marker("Orders failing");
    const { drillId, channelToken: token, definition } = await createRunningDrill({ publicTitle });
    const note = marker("observer-note");
    const injectionNote = marker("injection-note");
    const milestoneNote = marker("milestone-note");
    await addNote({ ctx: { actor: observer }, input: { drillId, data: { text: note } } });
    await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } });
    await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1", note: injectionNote } } });
    await recordMilestone({ ctx, input: { drillId, data: { milestone: "acknowledged", note: milestoneNote } } });
    await releaseHint({ ctx, input: { drillId, data: { hintId: "hint-2" } } });

    const bodies: string[] = [];
    const keep = async (response: Response) => {
      expect(response.status, `${response.url} answered ${response.status}`).toBeLessThan(300);
      const text = await response.text();
      bodies.push(text);
      return text;
    };
    await keep(await channelRoute(new Request(`${ORIGIN}/api/channel/${token}`), params(token)));
    const { secret } = JSON.parse(await keep(await participantsRoute(post(`/api/channel/${token}/participants`, { displayName: "Rae" }), params(token))));
    await keep(await messagesRoute(post(`/api/channel/${token}/messages`, { text: "Looking at orders-db" }, { [PARTICIPANT_KEY_HEADER]: secret }), params(token)));
    await keep(await timelineRoute(new Request(`${ORIGIN}/api/channel/${token}/timeline`), params(token)));
    const abort = new AbortController();
    bodies.push(await firstChunk(await streamRoute(new Request(`${ORIGIN}/api/channel/${token}/stream`, { signal: abort.signal }), params(token)), abort));

    const everything = bodies.join("\n");
    expect(everything).toContain(definition.alerts![0]!.title); // what they were shown is there
    expect(everything).toContain(definition.hints![1]!.text);
    expect(everything).toContain("Looking at orders-db");
    expect(everything).toContain(publicTitle); // the channel's header and briefing name the drill by its public title
    const upcoming = [definition.alerts![1]!.title, definition.alerts![2]!.title, definition.hints![0]!.text];
    const hidden = [definition.title, definition.rootCause, ...definition.modelAnswer, note, injectionNote, milestoneNote, ...definition.injections!.map((step) => step.name), ...upcoming];
    for (const secret of hidden) expect(everything, secret).not.toContain(secret);
    // A participant's key is handed out once, to them; the timeline never carries it or its hash.
    expect(everything.split(secret).length - 1).toBe(1);
    expect(everything).not.toContain(hashParticipantKey(secret));
    expect(everything).not.toContain("secretHash");
  });

  it("gives a share link's viewer the observers' view but not the channel link, so they cannot post", async () => {
    const { drillId, definition } = await createRunningDrill();
    const link = await createShareLink({ ctx, input: { drillId, data: { label: "leads" } } });
    const shareToken = link.path.split("/").pop()!;
    const response = await watchRoute(new Request(`${ORIGIN}${link.path}`), params(shareToken));
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view.channelToken).toBeNull();
    expect(view.script.rootCause).toBe(definition.rootCause); // viewers watch as observers do
  });
});

describe("the closing note", () => {
  const slackOff = () => useSlackConfig(undefined);
  const slackOn = () => useSlackConfig({ botToken: "xoxb-test", signingSecret: "test", apiUrl: "http://127.0.0.1:9/api/", channelPattern: "drill-{date}-{slug}", archiveOnClose: true, paceMs: 0 });

  /** Everything a participant can fetch about the drill, and everything queued for its Slack channel. */
  async function participantBodies(drillId: string, token: string): Promise<string> {
    const bodies = [
      await (await channelRoute(new Request(`${ORIGIN}/api/channel/${token}`), params(token))).text(),
      await (await timelineRoute(new Request(`${ORIGIN}/api/channel/${token}/timeline`), params(token))).text(),
    ];
    const abort = new AbortController();
    bodies.push(await firstChunk(await streamRoute(new Request(`${ORIGIN}/api/channel/${token}/stream`, { signal: abort.signal }), params(token)), abort));
    // What the Slack outbox will send: every Web API call, as queued.
    bodies.push(JSON.stringify(await prisma().chatOutbox.findMany({ where: { drillId }, select: { op: true } })));
    return bodies.join("\n");
  }

  async function slackDrill() {
    const { scenario } = await createTestScenario();
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, chatProvider: "slack" } });
    await startDrill({ ctx, input: { drillId } });
    const { channelToken } = await prisma().drill.findUniqueOrThrow({ where: { id: drillId }, select: { channelToken: true } });
    return { drillId, token: channelToken };
  }

  it("stays with staff when it is not shared, at the end and at an abort, in the channel and in Slack", async () => {
    slackOn();
    try {
      for (const finish of ["end", "abort"] as const) {
        const { drillId, token } = await slackDrill();
        const note = marker(`unshared-${finish}-note`);
        if (finish === "end") await endDrill({ ctx, input: { drillId, data: { outcome: "failed", note } } });
        else await abortDrill({ ctx, input: { drillId, data: { confirm: true, note } } });
        const seen = await participantBodies(drillId, token);
        expect(seen).toContain("drill.ended"); // they do learn that it ended
        expect(seen, finish).not.toContain(note);
        const staff = await getTimeline({ ctx, input: { drillId, viewer: "staff" } });
        expect(staff.find((event) => event.kind === "drill.ended")?.body).toMatchObject({ note });
      }
    } finally {
      slackOff();
    }
  });

  it("reaches participants, in the channel and in Slack's end message, when the facilitator shares it", async () => {
    slackOn();
    try {
      for (const finish of ["end", "abort"] as const) {
        const { drillId, token } = await slackDrill();
        const note = marker(`shared-${finish}-note`);
        if (finish === "end") await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated", note, shareNote: true } } });
        else await abortDrill({ ctx, input: { drillId, data: { confirm: true, note, shareNote: true } } });
        const timeline = await getChannelTimeline({ ctx, input: { token } });
        expect(timeline.find((event) => event.kind === "drill.ended")?.body).toMatchObject({ note });
        const ops = (await prisma().chatOutbox.findMany({ where: { drillId } })).map((row) => JSON.stringify(row.op));
        expect(ops.filter((op) => op.includes(note)), finish).toHaveLength(1);
      }
    } finally {
      slackOff();
    }
  });
});
