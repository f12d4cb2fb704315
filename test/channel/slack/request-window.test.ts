import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../../app/api/slack/events/route";
import { useSlackConfig } from "../../../lib/chat/slack/config";
import { prisma } from "../../../lib/db/client";
import { signedHeaders } from "../../../tools/slack-emulator";

// "Verifying requests from Slack": a request whose X-Slack-Request-Timestamp is more than five
// minutes from local time could be a replay; reject it, whichever side of now it is on.
const SECRET = "window-signing-secret";
const nowSeconds = () => Math.floor(Date.now() / 1000);

beforeAll(() => useSlackConfig({ botToken: "xoxb-window", signingSecret: SECRET, apiUrl: "http://127.0.0.1:9/api/", channelPattern: "drill-{date}-{slug}", archiveOnClose: false, paceMs: 0 }));
afterAll(() => useSlackConfig(undefined));

function signed(body: string, timestamp: number): Request {
  return new Request("http://drillroom.test/api/slack/events", { method: "POST", headers: { "content-type": "application/json", ...signedHeaders(SECRET, body, timestamp) }, body });
}

describe("the Slack request URL's timestamp window", () => {
  const challenge = JSON.stringify({ token: "Jhj5dZrVaK7ZwHHjRyZWjbDl", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });

  it("rejects a signed request stamped six minutes in the future, and writes nothing", async () => {
    expect((await POST(signed(challenge, nowSeconds() + 6 * 60))).status).toBe(401);
    const eventId = `EvFUTURE${Date.now()}`;
    const event = JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: eventId, event_time: nowSeconds() + 360, event: { type: "message", channel: "C1", user: "U1", text: "from the future", ts: `${nowSeconds() + 360}.000100`, channel_type: "channel" } });
    expect((await POST(signed(event, nowSeconds() + 6 * 60))).status).toBe(401);
    expect(await prisma().slackInboundEvent.count({ where: { eventId } })).toBe(0);
  });

  it("rejects one six minutes old, and accepts clocks a few minutes apart either way", async () => {
    expect((await POST(signed(challenge, nowSeconds() - 6 * 60))).status).toBe(401);
    for (const skew of [-4 * 60, 0, 4 * 60]) {
      const response = await POST(signed(challenge, nowSeconds() + skew));
      expect(response.status, `skew ${skew}s`).toBe(200);
      expect(await response.json()).toEqual({ challenge: JSON.parse(challenge).challenge });
    }
  });

  it("rejects a timestamp that is not a number", async () => {
    const headers = { "content-type": "application/json", ...signedHeaders(SECRET, challenge), "X-Slack-Request-Timestamp": "soon" };
    expect((await POST(new Request("http://drillroom.test/api/slack/events", { method: "POST", headers, body: challenge }))).status).toBe(401);
  });
});
