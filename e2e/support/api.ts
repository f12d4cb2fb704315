import { expect, type APIRequestContext } from "@playwright/test";
import { PARTICIPANT_KEY_HEADER } from "../../lib/channel/schemas";
import type { DrillView } from "../../lib/drills/view";

/** Seeding through the public API, as any client would. */
export async function startSeededDrill(request: APIRequestContext, scenarioId = "reference-scenario-1"): Promise<DrillView> {
  const created = await request.post("/api/drills", { data: { scenarioId } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/drills/${id}/start`)).status()).toBe(200);
  return (await (await request.get(`/api/drills/${id}`)).json()) as DrillView;
}

export async function joinAndPost(request: APIRequestContext, token: string, name: string, texts: string[]): Promise<void> {
  const joined = await request.post(`/api/channel/${token}/participants`, { data: { displayName: name } });
  expect(joined.status()).toBe(201);
  // A guest's key comes back once; every post carries it (the server takes the speaker from it, not from the body).
  const { secret } = (await joined.json()) as { secret: string };
  const headers = { [PARTICIPANT_KEY_HEADER]: secret };
  for (const text of texts) expect((await request.post(`/api/channel/${token}/messages`, { data: { text }, headers })).status()).toBe(201);
}
