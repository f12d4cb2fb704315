// A running drill in Slack for the ingest benchmark, set up the way a facilitator would: people in
// the (emulated) Slack workspace, a drill with them on the roster, started through the JSON API,
// and its channel created and the people invited by the app's outbox.
import type { SlackEmulator } from "../../tools/slack-emulator";
import { waitFor } from "./harness";

export interface SlackPerson {
  id: string;
  name: string;
}

export interface SlackDrill {
  drillId: string;
  scenarioId: string;
  channelId: string;
  channelName: string;
  people: SlackPerson[];
}

const ROLES = ["incident_commander", "active_responder"] as const;

/** A call to the app's JSON API; `headers` carry the bench's credentials (`authorization`, see bench/lib/auth.ts). */
async function api<T>(appUrl: string, headers: Record<string, string>, method: "GET" | "POST", route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${appUrl}${route}`, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** `headers` authenticate the calls as a facilitator: `authorization: Bearer <token>` (bench/lib/auth.ts). */
export async function startSlackDrill(appUrl: string, headers: Record<string, string>, emulator: SlackEmulator, peopleCount: number): Promise<SlackDrill> {
  const roster = Array.from({ length: peopleCount }, (_, index) => {
    const name = `Bench Person ${index + 1}`;
    const email = `bench${index + 1}@example.test`;
    const user = emulator.driver.addUser({ name: `bench${index + 1}`, realName: name, email });
    return { id: user.id, name, email, role: ROLES[Math.min(index, 1)] };
  });
  const scenarios = await api<{ id: string }[]>(appUrl, headers, "GET", "/api/scenarios");
  const scenarioId = scenarios.find((scenario) => scenario.id === "reference-scenario-1")?.id ?? scenarios[0]?.id;
  if (!scenarioId) throw new Error("no scenario to run a drill on: the reference scenarios were not seeded");

  const drill = await api<{ id: string }>(appUrl, headers, "POST", "/api/drills", {
    scenarioId,
    roster: roster.map(({ name, role, email }) => ({ name, role, email })),
    chatProvider: "slack",
  });
  await api(appUrl, headers, "POST", `/api/drills/${drill.id}/start`, {});

  type ChatStatus = { channel: { id: string; name: string } | null; outbox: { pending: number; failed: { description: string; error: string }[] } };
  const chat = await waitFor("the drill's Slack channel and an empty outbox", 60_000, async () => {
    const status = await api<ChatStatus>(appUrl, headers, "GET", `/api/drills/${drill.id}/chat`);
    return status.channel && status.outbox.pending === 0 ? status : undefined;
  }, 250);
  if (chat.outbox.failed.length) throw new Error(`the declaration did not reach Slack: ${JSON.stringify(chat.outbox.failed)}`);
  const members = emulator.state.channels.get(chat.channel!.id)?.members ?? [];
  const missing = roster.filter((person) => !members.includes(person.id));
  if (missing.length) throw new Error(`not invited to ${chat.channel!.name}: ${missing.map((person) => person.id).join(", ")}`);
  return { drillId: drill.id, scenarioId, channelId: chat.channel!.id, channelName: chat.channel!.name, people: roster.map(({ id, name }) => ({ id, name })) };
}
