import { describe, expect, it } from "vitest";
import { GET as channelRoute } from "../../app/api/channel/[token]/route";
import { POST as messagesRoute } from "../../app/api/channel/[token]/messages/route";
import { POST as participantsRoute } from "../../app/api/channel/[token]/participants/route";
import { GET as streamRoute } from "../../app/api/channel/[token]/stream/route";
import { GET as timelineRoute } from "../../app/api/channel/[token]/timeline/route";
import { GET as watchRoute } from "../../app/api/watch/[token]/route";
import { addNote } from "../../lib/drills/add-note";
import { fireAlert } from "../../lib/drills/fire-alert";
import { recordMilestone } from "../../lib/drills/record-milestone";
import { releaseHint } from "../../lib/drills/release-hint";
import { triggerInjection } from "../../lib/drills/trigger-injection";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { createRunningDrill, marker, observer, staffCtx } from "../factories";

const ctx = staffCtx();
const ORIGIN = "http://drillroom.test";
const params = (token: string) => ({ params: Promise.resolve({ token }) });
const post = (path: string, body: unknown) => new Request(`${ORIGIN}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

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
  it("never carries the root cause, the model answer, notes, injections or the upcoming script", async () => {
    const { drillId, channelToken: token, definition } = await createRunningDrill();
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
    const { participantId } = JSON.parse(await keep(await participantsRoute(post(`/api/channel/${token}/participants`, { displayName: "Rae" }), params(token))));
    await keep(await messagesRoute(post(`/api/channel/${token}/messages`, { participantId, text: "Looking at orders-db" }), params(token)));
    await keep(await timelineRoute(new Request(`${ORIGIN}/api/channel/${token}/timeline`), params(token)));
    const abort = new AbortController();
    bodies.push(await firstChunk(await streamRoute(new Request(`${ORIGIN}/api/channel/${token}/stream`, { signal: abort.signal }), params(token)), abort));

    const everything = bodies.join("\n");
    expect(everything).toContain(definition.alerts![0]!.title); // what they were shown is there
    expect(everything).toContain(definition.hints![1]!.text);
    expect(everything).toContain("Looking at orders-db");
    const upcoming = [definition.alerts![1]!.title, definition.alerts![2]!.title, definition.hints![0]!.text];
    const hidden = [definition.rootCause, ...definition.modelAnswer, note, injectionNote, milestoneNote, ...definition.injections!.map((step) => step.name), ...upcoming];
    for (const secret of hidden) expect(everything, secret).not.toContain(secret);
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
